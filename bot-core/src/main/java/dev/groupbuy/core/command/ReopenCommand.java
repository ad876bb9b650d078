package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.DealChanged;
import dev.groupbuy.core.action.deal.ReopenDeal;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;

/** {@code #恢复接龙 [团名]}: a closed deal takes sign-ups again. */
final class ReopenCommand implements ChatCommand {

    private static final CommandSpec SPEC =
            CommandSpec.leaders("恢复接龙", Target.CLOSED, "恢复", "重新接龙", "继续接龙").namingTheDeal();

    private final UseCases use;

    ReopenCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        ActionResult<DealChanged> result =
                use.reopenDeal().reopen(new ReopenDeal.Command(call.deal().id(), call.actor()));
        if (!result.isDone()) {
            return call.answer(
                    "reopen refused: " + result.refusal().detail(), Talk.refused(use, result.refusal(), call));
        }
        return call.announced(
                "reopened deal " + call.deal().id(), result.value().posted());
    }
}
