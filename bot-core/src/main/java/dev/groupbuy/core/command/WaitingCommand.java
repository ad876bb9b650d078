package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.report.Roster;
import dev.groupbuy.core.report.Tally;

/** {@code #未取}: who has not picked up yet, with their 序号 for {@code #核销}. */
final class WaitingCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.leaders("未取", Target.PICKUP, "没取", "未取货");

    private final UseCases use;

    WaitingCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        ActionResult<Roster> result =
                use.tally().list(new Tally.Command(call.deal().id(), call.actor()));
        if (!result.isDone()) {
            return call.answer("#未取 refused: " + result.refusal().detail(), Talk.refused(use, result.refusal(), call));
        }
        return call.answer("waiting list of deal " + call.deal().id(), ReportTexts.waiting(result.value()));
    }
}
