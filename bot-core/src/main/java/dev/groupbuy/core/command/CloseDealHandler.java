package dev.groupbuy.core.command;

import dev.groupbuy.core.chat.Handling;
import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.MessageHandler;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.Leaders;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Runs {@code #截单}. Only the group's leaders and assistants may close; from anyone else the command
 * changes nothing, and the bot says so briefly (once an hour per person). With several open deals, the
 * words after the command pick one.
 */
public final class CloseDealHandler implements MessageHandler {

    private final DealRepository deals;
    private final OrderRepository orders;
    private final Leaders leaders;
    private final ReplyGate gate;

    public CloseDealHandler(DealRepository deals, OrderRepository orders, Leaders leaders, ReplyGate gate) {
        this.deals = deals;
        this.orders = orders;
        this.leaders = leaders;
        this.gate = gate;
    }

    @Override
    public Optional<Handling> accept(MessageContext context) {
        Optional<CloseDeal> command = CloseDeal.from(context.message());
        if (command.isEmpty()) {
            return Optional.empty();
        }
        if (!leaders.runsTheGroup(context.groupId(), command.get().senderId())) {
            return Optional.of(Handling.unlocked(() -> notALeader(context)));
        }
        List<Deal> open = deals.find(context.groupId(), DealStatus.OPEN);
        List<Deal> chosen = choose(open, command.get().titleHint());
        if (chosen.size() != 1) {
            return Optional.of(Handling.locked(
                    Handling.groupLock(context.groupId()),
                    () -> Outcome.done("#截单 without one open deal", List.of(context.reply(CloseReplies.pick(open))))));
        }
        long dealId = chosen.get(0).id();
        return Optional.of(Handling.locked(Handling.dealLock(dealId), () -> close(context, dealId)));
    }

    /** Changes nothing; tells the sender once an hour, so they do not think the deal is closed. */
    private Outcome notALeader(MessageContext context) {
        String key = "not-leader:" + context.message().senderId();
        List<OutboundMessage> replies = gate.firstTime(context, key, Duration.ofHours(1)) && gate.mayReply(context)
                ? List.of(context.reply(
                        CloseReplies.onlyLeaders(context.message().senderName()),
                        List.of(context.message().senderId())))
                : List.of();
        return new Outcome(InboxState.IGNORED, "#截单 from someone who does not lead the group", replies);
    }

    private Outcome close(MessageContext context, long dealId) {
        Optional<Deal> deal = deals.findById(dealId).filter(Deal::isOpen);
        if (deal.isEmpty() || !deals.changeStatus(dealId, DealStatus.OPEN, DealStatus.CLOSED)) {
            return Outcome.done("deal " + dealId + " was already closed", List.of());
        }
        Deal closed = deal.get().close();
        List<Order> active =
                orders.findByDeal(dealId).stream().filter(Order::isActive).toList();
        return Outcome.done("closed deal " + dealId, List.of(context.reply(CloseReplies.closed(closed, active))));
    }

    private static List<Deal> choose(List<Deal> open, String hint) {
        if (open.size() <= 1 || hint.isEmpty()) {
            return open;
        }
        return open.stream()
                .filter(deal -> deal.title().contains(hint) || hint.contains(deal.title()))
                .toList();
    }
}
