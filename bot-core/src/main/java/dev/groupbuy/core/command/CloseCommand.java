package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.CloseDeal;
import dev.groupbuy.core.action.deal.DealChanged;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;

/** {@code #截单 [团名]}: closes the open deal; the group gets the totals from the close use case. */
final class CloseCommand implements ChatCommand {

    private static final CommandSpec SPEC =
            CommandSpec.leaders("截单", Target.OPEN, "截团").namingTheDeal();

    private final UseCases use;

    CloseCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        ActionResult<DealChanged> result =
                use.closeDeal().close(new CloseDeal.Command(call.deal().id(), call.actor()));
        if (!result.isDone()) {
            return call.answer(
                    "close refused: " + result.refusal().detail(), Talk.refused(use, result.refusal(), call));
        }
        return call.announced("closed deal " + call.deal().id(), result.value().posted());
    }
}
