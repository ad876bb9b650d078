package dev.groupbuy.core.signup;

import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.Leaders;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.order.Order;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides when a chain message needs a human, and says so once: a line to clarify, a line set aside (a name or
 * quantity too large), a line the store refused (to the leaders), a late sign-up, a fork (the merged list, at
 * most once per window per deal), a warning of one of the {@link #POLICIES}.
 */
final class SignUpTalk {

    static final Duration FORK_WINDOW = Duration.ofMinutes(5);
    static final Duration REMEMBER = Duration.ofDays(3);

    /** The business rules checked after every merge that changed orders, in the order they speak. */
    static final List<OrderPolicy> POLICIES = List.of(new StockPolicy(), new PerPersonLimitPolicy());

    private final ReplyGate gate;
    private final Leaders leaders;

    SignUpTalk(ReplyGate gate, Leaders leaders) {
        this.gate = gate;
        this.leaders = leaders;
    }

    /**
     * @param refused lines whose orders the store refused: the group's leaders are told, once per line
     */
    List<OutboundMessage> afterMerge(
            MessageContext context, DealState state, MergeResult result, List<LineProblem.Line> refused) {
        List<OutboundMessage> replies = new ArrayList<>();
        Deal deal = state.deal();
        if (!result.reviews().isEmpty() && gate.mayReply(context)) {
            replies.add(context.reply(
                    SignUpReplies.askToClarify(
                            deal, result.reviews(), context.message().senderName()),
                    mentions(context, result)));
        }
        if (!result.problems().isEmpty() && gate.mayReply(context)) {
            replies.add(context.reply(SignUpReplies.setAside(result.problems())));
        }
        replies.addAll(tellLeaders(context, state, refused));
        if (result.forked() && gate.oncePer(context, "fork:" + deal.id(), FORK_WINDOW) && gate.mayReply(context)) {
            replies.add(context.reply(SignUpReplies.mergedList(deal, activeAfter(state, result))));
        }
        replies.addAll(warnings(context, state, result));
        return replies;
    }

    /**
     * Late lines get a "closed" answer, once per text; a leader's own list after 截单 (the final tally,
     * say) gets none.
     */
    List<OutboundMessage> late(MessageContext context, DealState state, List<ChainEntry> lateLines) {
        if (leaders.runsTheGroup(context.groupId(), context.message().senderId())) {
            return List.of();
        }
        List<ChainEntry> unanswered = lateLines.stream()
                .filter(entry -> gate.firstTime(
                        context,
                        "late:" + state.dealId() + ":" + SeenLine.fingerprint(entry.name(), SignUpMerger.textOf(entry)),
                        REMEMBER))
                .toList();
        if (unanswered.isEmpty() || !gate.mayReply(context)) {
            return List.of();
        }
        List<String> names =
                unanswered.stream().map(e -> e.name().strip()).distinct().toList();
        List<String> newcomers =
                names.stream().filter(n -> !state.orders().containsKey(n)).toList();
        List<String> changers =
                names.stream().filter(n -> state.orders().containsKey(n)).toList();
        return List.of(context.reply(SignUpReplies.closed(newcomers, changers)));
    }

    /** The leaders hear about each refused line once, even when later copies bring it again. */
    private List<OutboundMessage> tellLeaders(MessageContext context, DealState state, List<LineProblem.Line> refused) {
        List<LineProblem.Line> untold = refused.stream()
                .filter(line -> gate.firstTime(
                        context,
                        "not-stored:" + state.dealId() + ":"
                                + SeenLine.fingerprint(line.entry().name().strip(), SignUpMerger.textOf(line.entry())),
                        REMEMBER))
                .toList();
        if (untold.isEmpty() || !gate.mayReply(context)) {
            return List.of();
        }
        List<Member> leading = leaders.of(context.groupId());
        return List.of(context.reply(
                SignUpReplies.notStored(leading.stream().map(Member::name).toList(), untold),
                leading.stream().map(Member::userId).toList()));
    }

    List<OutboundMessage> whichDeal(MessageContext context, List<Deal> deals) {
        if (!gate.oncePer(context, "which-deal", FORK_WINDOW) || !gate.mayReply(context)) {
            return List.of();
        }
        return List.of(context.reply(SignUpReplies.whichDeal(deals)));
    }

    private List<OutboundMessage> warnings(MessageContext context, DealState state, MergeResult result) {
        if (result.decisions().isEmpty()) {
            return List.of();
        }
        List<Order> active = activeAfter(state, result);
        List<Order> changed =
                result.decisions().stream().map(OrderDecision::after).toList();
        List<OutboundMessage> replies = new ArrayList<>();
        for (OrderPolicy policy : POLICIES) {
            for (OrderPolicy.Warning warning : policy.check(state.deal(), active, changed)) {
                if (gate.firstTime(context, warning.key(), REMEMBER) && gate.mayReply(context)) {
                    replies.add(context.reply(warning.text()));
                }
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

    private static List<String> mentions(MessageContext context, MergeResult result) {
        String sender = context.message().senderName();
        boolean asksSender = sender != null
                && result.reviews().stream()
                        .anyMatch(e -> SignUpReplies.addressee(e, sender).equals(sender.strip()));
        return asksSender ? List.of(context.message().senderId()) : List.of();
    }
}
