package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.report.Summary;
import dev.groupbuy.core.report.Tally;

/** {@code #汇总 [团名]}: totals per product, people, amount, lines still under review. */
final class SummaryCommand implements ChatCommand {

    private static final CommandSpec SPEC =
            CommandSpec.leaders("汇总", Target.CURRENT, "统计", "合计").namingTheDeal();

    private final UseCases use;

    SummaryCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        ActionResult<Summary> result =
                use.tally().summarize(new Tally.Command(call.deal().id(), call.actor()));
        if (!result.isDone()) {
            return call.answer("#汇总 refused: " + result.refusal().detail(), Talk.refused(use, result.refusal(), call));
        }
        return call.answer("summary of deal " + call.deal().id(), ReportTexts.summary(result.value()));
    }
}
