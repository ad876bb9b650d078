package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.action.order.CancelOrder;
import dev.groupbuy.core.action.order.ChangeOrder;
import dev.groupbuy.core.action.order.OrderChanged;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Handling;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.MessageHandler;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.ItemText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A plain {@code 我改成3盒} / {@code 不要了} from someone with an active order in the group's open deal
 * changes or cancels that order through the same use cases as the commands; when the new quantity is unclear
 * the bot asks. From anyone without such an order it is chatter.
 */
public final class PlainEditHandler implements MessageHandler {

    private final UseCases use;
    private final ReplyGate gate;

    public PlainEditHandler(UseCases use, ReplyGate gate) {
        this.use = use;
        this.gate = gate;
    }

    public static boolean matches(dev.groupbuy.core.chat.InboundMessage message) {
        return PlainEdits.looksLikeEdit(message.text());
    }

    @Override
    public Optional<Handling> accept(MessageContext context) {
        Optional<PlainEdits.Edit> edit = PlainEdits.read(context.message().text());
        if (edit.isEmpty()) {
            return Optional.empty();
        }
        Actor.Member actor =
                Actor.chat(context.message().senderId(), context.message().senderName(), context.inboxId());
        List<Order> mine = new ArrayList<>();
        for (Deal deal : use.ports().deals().find(context.groupId(), DealStatus.OPEN)) {
            use.ports().orders().findByDeal(deal.id()).stream()
                    .filter(o -> o.isActive() && o.groupId() == context.groupId() && Permissions.owns(actor, o))
                    .forEach(mine::add);
        }
        if (mine.size() != 1) {
            return Optional.empty();
        }
        Order order = mine.get(0);
        return Optional.of(
                Handling.locked(Handling.dealLock(order.dealId()), () -> apply(context, actor, order, edit.get())));
    }

    private Outcome apply(MessageContext context, Actor.Member actor, Order order, PlainEdits.Edit edit) {
        if (edit.cancel()) {
            ActionResult<OrderChanged> result = use.cancelOrder().cancel(new CancelOrder.Command(order.id(), actor));
            return say(
                    context,
                    "plain cancel",
                    result.isDone() ? "已取消你的" + ItemText.named(result.value().deal(), order.items()) : "没取消成功，团长看一下～");
        }
        Deal deal = use.ports().deals().findById(order.dealId()).orElseThrow();
        ItemsReader.Reading reading = ItemsReader.read(deal, edit.items());
        if (!(reading instanceof ItemsReader.Items items)) {
            return say(context, "plain change unclear", "要改成多少？回复如『改成" + example(deal) + "』");
        }
        ActionResult<OrderChanged> result =
                use.changeOrder().change(new ChangeOrder.Command(order.id(), items.items(), actor));
        if (!result.isDone()) {
            return say(context, "plain change refused: " + result.refusal().detail(), "没改成，团长看一下～");
        }
        OrderChanged changed = result.value();
        String now = ItemText.named(deal, changed.order().items());
        return say(
                context,
                "plain change",
                changed.sameItems()
                        ? "你本来就是" + now + "，没有变化"
                        : "已改成" + now + "，" + Amounts.text(Amounts.of(changed.order(), deal)) + "元");
    }

    private Outcome say(MessageContext context, String detail, String text) {
        if (!gate.mayReply(context)) {
            return Outcome.done(detail, List.of());
        }
        String name = context.message().senderName();
        OutboundMessage reply = context.reply(
                (name.isEmpty() ? "" : "@" + name + " ") + text,
                List.of(context.message().senderId()));
        return Outcome.done(detail, List.of(reply));
    }

    private static String example(Deal deal) {
        String unit = deal.catalog().isEmpty() ? "份" : deal.catalog().get(0).unit();
        return "3" + (unit.isEmpty() ? "份" : unit);
    }
}
