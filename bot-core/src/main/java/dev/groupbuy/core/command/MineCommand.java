package dev.groupbuy.core.command;

import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.ItemText;
import dev.groupbuy.core.report.MyOrders;
import java.util.List;

/** {@code #我的} / {@code #查单}: the sender's orders in this group's running deals, with amounts. */
final class MineCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.everyone("我的", Target.NONE, "查单", "我的订单");

    private final UseCases use;

    MineCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        List<MyOrders.Mine> mine = use.myOrders().find(new MyOrders.Command(call.groupId(), call.actor()));
        if (mine.isEmpty()) {
            return call.answerSender("no orders", "你在本群现在没有订单");
        }
        StringBuilder text = new StringBuilder("你的订单：");
        for (MyOrders.Mine one : mine) {
            text.append("\n「")
                    .append(one.deal().title())
                    .append("」")
                    .append(ItemText.named(one.deal(), one.order().items()))
                    .append("，")
                    .append(Amounts.text(one.amount()))
                    .append("元")
                    .append(one.order().status() == OrderStatus.PICKED_UP ? "（已取）" : "");
        }
        return call.answerSender(mine.size() + " orders", text.toString());
    }
}
