package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.CancelDeal;
import dev.groupbuy.core.action.deal.DealChanged;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;

/** {@code #确认}: confirms the sender's own {@code #取消团} of the last 5 minutes. */
final class ConfirmCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.leaders("确认", Target.NONE, "确定");

    private final UseCases use;

    ConfirmCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        ActionResult<DealChanged> result =
                use.cancelDeal().confirm(new CancelDeal.Confirm(call.groupId(), call.actor()));
        if (!result.isDone()) {
            return call.answer(
                    "#确认 refused: " + result.refusal().detail(), CommandTexts.refused(result.refusal(), null));
        }
        return call.announced(
                "cancelled deal " + result.value().deal().id(), result.value().posted());
    }
}
