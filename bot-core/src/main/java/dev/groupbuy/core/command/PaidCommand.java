package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.order.RecordPayment;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.report.MyOrders;
import dev.groupbuy.core.report.Roster;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code #已付}: a resident says they paid, for their own unpaid orders in this group's running deals; a leader
 * marks others' with {@code #已付 <序号|名字> …} in the current deal.
 */
final class PaidCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.everyone("已付", Target.NONE, "已付款", "已转", "已转账");

    private final UseCases use;

    PaidCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        return call.leads() && !call.args().isBlank() ? others(call) : own(call);
    }

    private Outcome own(CommandCall call) {
        List<MyOrders.Mine> mine = use.myOrders().find(new MyOrders.Command(call.groupId(), call.actor()));
        List<String> paid = new ArrayList<>();
        boolean owes = false;
        for (MyOrders.Mine one : mine) {
            if (!one.order().counts() || one.order().payment() != PaymentStatus.UNPAID) {
                continue;
            }
            owes = true;
            ActionResult<RecordPayment.Recorded> result = use.recordPayment()
                    .record(new RecordPayment.Command(one.order().id(), PaymentStatus.PAID, call.actor()));
            if (result.isDone()) {
                paid.add("「" + one.deal().title() + "」" + PaymentTexts.amount(one.order(), one.deal()));
            }
        }
        if (paid.isEmpty()) {
            boolean any = mine.stream().anyMatch(one -> one.order().counts());
            String text = !any ? "你在本群现在没有订单" : owes ? "这次没记上，请直接告诉团长" : "你的订单都记为已付了👍";
            return call.answerSender("#已付 with nothing to pay", text);
        }
        return call.answerSender(
                "#已付 of " + paid.size() + " own orders", "收到，已记下你付过款：" + String.join("，", paid) + "，谢谢！");
    }

    private Outcome others(CommandCall call) {
        List<Deal> deals = new DealChooser(use.ports().deals()).choose(call.groupId(), Target.CURRENT, "");
        if (deals.size() != 1) {
            return call.answer("#已付 without one deal", CommandTexts.whichDeal(SPEC, deals));
        }
        Deal deal = deals.get(0);
        Roster roster = Roster.of(deal, use.ports().orders().findByDeal(deal.id()), List.of());
        RosterTargets.Found found = RosterTargets.find(roster, call.args());
        List<String> done = new ArrayList<>();
        List<String> problems = new ArrayList<>(found.problems());
        for (Roster.Entry entry : found.entries()) {
            ActionResult<RecordPayment.Recorded> result = use.recordPayment()
                    .record(new RecordPayment.Command(entry.order().id(), PaymentStatus.PAID, call.actor()));
            if (!result.isDone()) {
                problems.add(PaymentTexts.who(entry) + "：" + CommandTexts.refused(result.refusal(), deal));
            } else if (!result.value().changed()) {
                problems.add(PaymentTexts.who(entry) + " 已经记过已付了");
            } else {
                done.add(PaymentTexts.who(entry) + " " + PaymentTexts.amount(entry.order(), deal));
            }
        }
        Roster after = Roster.of(deal, use.ports().orders().findByDeal(deal.id()), List.of());
        StringBuilder text = new StringBuilder();
        if (!done.isEmpty()) {
            text.append("已记已付：").append(String.join("、", done)).append('\n');
        }
        problems.forEach(problem -> text.append(problem).append('\n'));
        text.append(PaymentTexts.stillUnpaid(deal, PaymentTexts.unpaid(after, call.groupId())));
        return call.answer("#已付 of " + done.size() + " orders of deal " + deal.id(), text.toString());
    }
}
