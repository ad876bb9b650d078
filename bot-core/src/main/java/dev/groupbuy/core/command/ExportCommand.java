package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.report.ExportLinks;
import dev.groupbuy.core.report.Summary;
import dev.groupbuy.core.report.Tally;

/** {@code #导出 [团名]}: a signed download link to the deal's workbook, valid for a day. */
final class ExportCommand implements ChatCommand {

    private static final CommandSpec SPEC =
            CommandSpec.leaders("导出", Target.CURRENT, "导出表格", "表格").namingTheDeal();

    private final UseCases use;

    ExportCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        ActionResult<Summary> check =
                use.tally().summarize(new Tally.Command(call.deal().id(), call.actor()));
        if (!check.isDone()) {
            return call.answer("#导出 refused: " + check.refusal().detail(), Talk.refused(use, check.refusal(), call));
        }
        ExportLinks.Link link = use.exportLinks().issue(call.deal().id());
        Summary summary = check.value();
        return call.answer(
                "export link for deal " + call.deal().id(),
                "「" + call.deal().title() + "」表格（" + summary.orders() + "单，24小时内有效）：\n" + link.url());
    }
}
