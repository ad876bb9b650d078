package dev.groupbuy.core.signup;

import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides when a chain message needs a human, and says so once: a line to clarify, a late sign-up, a
 * fork (the merged list, at most once per window per deal), a product over its stock.
 */
final class SignUpTalk {

    static final Duration FORK_WINDOW = Duration.ofMinutes(5);
    static final Duration REMEMBER = Duration.ofDays(3);

    private final ReplyGate gate;

    SignUpTalk(ReplyGate gate) {
        this.gate = gate;
    }

    List<OutboundMessage> afterMerge(MessageContext context, DealState state, MergeResult result) {
        List<OutboundMessage> replies = new ArrayList<>();
        Deal deal = state.deal();
        if (!result.reviews().isEmpty() && gate.mayReply(context.groupId())) {
            replies.add(context.reply(SignUpReplies.askToClarify(deal, result.reviews()), mentions(context, result)));
        }
        if (result.forked() && gate.oncePer("fork:" + deal.id() + ":" + state.groupId(), FORK_WINDOW)) {
            replies.add(context.reply(SignUpReplies.mergedList(deal, activeAfter(state, result))));
        }
        replies.addAll(overStock(context, state, result));
        return replies;
    }

    List<OutboundMessage> late(MessageContext context, DealState state, List<ChainEntry> lateLines) {
        List<ChainEntry> unanswered = lateLines.stream()
                .filter(entry -> gate.firstTime(
                        "late:" + state.dealId() + ":" + state.groupId() + ":"
                                + SeenLine.fingerprint(entry.name(), SignUpMerger.textOf(entry)),
                        REMEMBER))
                .toList();
        if (unanswered.isEmpty() || !gate.mayReply(context.groupId())) {
            return List.of();
        }
        return List.of(context.reply(SignUpReplies.closed(unanswered)));
    }

    List<OutboundMessage> whichDeal(MessageContext context, List<Deal> deals) {
        if (!gate.oncePer("which-deal:" + context.groupId(), FORK_WINDOW) || !gate.mayReply(context.groupId())) {
            return List.of();
        }
        return List.of(context.reply(SignUpReplies.whichDeal(deals)));
    }

    private List<OutboundMessage> overStock(MessageContext context, DealState state, MergeResult result) {
        if (result.decisions().isEmpty()) {
            return List.of();
        }
        Map<String, BigDecimal> ordered = totals(activeAfter(state, result));
        List<OutboundMessage> replies = new ArrayList<>();
        for (CatalogItem item : state.deal().catalog()) {
            BigDecimal total = ordered.getOrDefault(item.sku(), BigDecimal.ZERO);
            if (item.stock() != null
                    && total.compareTo(BigDecimal.valueOf(item.stock())) > 0
                    && gate.firstTime("stock:" + state.dealId() + ":" + item.sku(), REMEMBER)
                    && gate.mayReply(context.groupId())) {
                replies.add(context.reply(SignUpReplies.overStock(item, total)));
            }
        }
        return replies;
    }

    /** The group's active orders once the merge is stored, in the order they were first placed. */
    static List<Order> activeAfter(DealState state, MergeResult result) {
        Map<String, Order> merged = new LinkedHashMap<>(state.orders());
        result.decisions().forEach(decision -> merged.put(decision.after().name(), decision.after()));
        return merged.values().stream().filter(Order::isActive).toList();
    }

    private static Map<String, BigDecimal> totals(List<Order> active) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        for (Order order : active) {
            for (OrderItem item : order.items()) {
                totals.merge(item.sku(), item.qty(), BigDecimal::add);
            }
        }
        return totals;
    }

    private static List<String> mentions(MessageContext context, MergeResult result) {
        String sender = context.message().senderName();
        boolean asksSender =
                result.reviews().stream().anyMatch(e -> e.name().strip().equals(sender));
        return asksSender ? List.of(context.message().senderId()) : List.of();
    }
}
