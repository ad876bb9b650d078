package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.report.Roster;
import dev.groupbuy.core.report.Tally;

/** {@code #名单 [团名]}: the merged list, numbered, lines under review marked 待确认, ready to copy. */
final class ListCommand implements ChatCommand {

    private static final CommandSpec SPEC =
            CommandSpec.leaders("名单", Target.CURRENT, "接龙名单", "列表").namingTheDeal();

    private final UseCases use;

    ListCommand(UseCases use) {
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
            return call.answer("#名单 refused: " + result.refusal().detail(), Talk.refused(use, result.refusal(), call));
        }
        return call.answer("list of deal " + call.deal().id(), ReportTexts.roster(result.value()));
    }
}
