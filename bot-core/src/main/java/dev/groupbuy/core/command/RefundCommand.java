package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.order.RecordPayment;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.report.Roster;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code #退款 <序号|名字> …}: a leader gave the money back (out of stock, say); the orders are no longer
 * bought, packed or delivered.
 */
final class RefundCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.leaders("退款", Target.CURRENT, "已退款", "已退");

    private final UseCases use;

    RefundCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        if (call.args().isBlank()) {
            return call.answer("#退款 without a target", "请写序号或名字，如『#退款 3』或『#退款 王姐』，发 #名单 看序号");
        }
        Deal deal = call.deal();
        Roster roster = Roster.of(deal, use.ports().orders().findByDeal(deal.id()), List.of());
        RosterTargets.Found found = RosterTargets.find(roster, call.args());
        List<String> lines = new ArrayList<>(found.problems());
        int refunded = 0;
        for (Roster.Entry entry : found.entries()) {
            ActionResult<RecordPayment.Recorded> result = use.recordPayment()
                    .record(new RecordPayment.Command(entry.order().id(), PaymentStatus.REFUNDED, call.actor()));
            String who = PaymentTexts.who(entry);
            if (result.isDone() && result.value().changed()) {
                refunded++;
                lines.add("已退款 " + who + " " + PaymentTexts.amount(entry.order(), deal) + "，这单不再配送");
            } else if (result.isDone()) {
                lines.add(who + " 已经退过款了");
            } else if (entry.order().payment() == PaymentStatus.UNPAID) {
                lines.add(who + " 还没付款，不用退；不要了请发『#取消 " + entry.number() + "』");
            } else {
                lines.add(who + "：" + Talk.refused(use, result.refusal(), call));
            }
        }
        return call.answer("#退款 of " + refunded + " orders of deal " + deal.id(), String.join("\n", lines));
    }
}
