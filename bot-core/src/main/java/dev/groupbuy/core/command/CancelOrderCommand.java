package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.action.order.CancelOrder;
import dev.groupbuy.core.action.order.OrderChanged;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.report.ItemText;
import dev.groupbuy.core.report.Roster;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code #取消}: a resident cancels their own order in the open deal; a leader cancels anyone's with {@code
 * #取消 <序号|名字>}.
 */
final class CancelOrderCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.everyone("取消", Target.CURRENT, "取消订单");

    private final UseCases use;

    CancelOrderCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        Roster roster = Roster.of(
                call.deal(), use.ports().orders().findByDeal(call.deal().id()), List.of());
        List<Roster.Entry> targets = targets(call, roster);
        if (targets.isEmpty()) {
            return call.answerSender(
                    "#取消 without a target",
                    call.args().isBlank() || !call.leads()
                            ? "你在「" + call.deal().title() + "」没有订单哦"
                            : String.join(
                                    "\n",
                                    RosterTargets.find(roster, call.args()).problems()));
        }
        List<String> texts = new ArrayList<>();
        for (Roster.Entry entry : targets) {
            if (!call.leads() && !Permissions.owns(call.actor(), entry.order())) {
                texts.add("只能取消自己的订单哦");
                continue;
            }
            ActionResult<OrderChanged> result = use.cancelOrder()
                    .cancel(new CancelOrder.Command(entry.order().id(), call.actor()));
            texts.add(result.isDone() ? cancelled(call, entry) : refused(call, result.refusal()));
        }
        return call.answer("#取消 of " + targets.size() + " orders", String.join("\n", texts));
    }

    private List<Roster.Entry> targets(CommandCall call, Roster roster) {
        if (call.args().isBlank()) {
            return roster.entries().stream()
                    .filter(e -> e.order().isActive() && Permissions.owns(call.actor(), e.order()))
                    .toList();
        }
        return RosterTargets.find(roster, call.args()).entries();
    }

    private static String cancelled(CommandCall call, Roster.Entry entry) {
        String what = ItemText.named(call.deal(), entry.order().items());
        return "已取消 " + entry.order().name() + " 的" + what;
    }

    private String refused(CommandCall call, Refusal refusal) {
        if (refusal.reason() == Refusal.Reason.WRONG_STATE && !call.leads()) {
            return call.at() + "已经截单了，要取消请私聊团长";
        }
        return Talk.refused(use, refusal, call);
    }
}
