package dev.groupbuy.core.signup;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.jielong.ParsedChain;
import dev.groupbuy.core.order.OrderRepository;
import java.time.Clock;
import java.time.Instant;

/**
 * The locked part of a chain message: reads the deal's state once, merges the snapshot, stores what
 * changed and decides what to say. Re-running it for the same message changes nothing more, because
 * every line it applied is then in the ledger.
 */
final class SignUpProcess {

    private final DealRepository deals;
    private final OrderRepository orders;
    private final SignUpLedger ledger;
    private final SignUpMerger merger;
    private final SignUpWriter writer;
    private final SignUpTalk talk;
    private final Clock clock;

    SignUpProcess(
            DealRepository deals,
            OrderRepository orders,
            SignUpLedger ledger,
            SignUpWriter writer,
            SignUpTalk talk,
            Clock clock) {
        this.deals = deals;
        this.orders = orders;
        this.ledger = ledger;
        this.merger = new SignUpMerger();
        this.writer = writer;
        this.talk = talk;
        this.clock = clock;
    }

    Outcome apply(MessageContext context, long dealId, ParsedChain chain) {
        Deal deal = deals.findById(dealId).orElseThrow(() -> new IllegalStateException("deal " + dealId + " vanished"));
        DealState state = DealState.of(
                deal, context.groupId(), orders.findByDeal(dealId), ledger.fingerprints(dealId, context.groupId()));
        InboundMessage message = context.message();
        Instant now = clock.instant();
        MergeResult result =
                merger.merge(state, chain, new SignUpMerger.Sender(message.senderId(), message.senderName()), now);
        if (!deal.acceptsSignUpsAt(message.sentAt())) {
            return Outcome.done(
                    "deal " + dealId + " closed: " + result.newLines().size() + " new lines not taken",
                    talk.late(context, state, result.newLines()));
        }
        writer.write(state, result, context.inboxId(), message.senderId(), now);
        return Outcome.done(detail(dealId, result), talk.afterMerge(context, state, result));
    }

    private static String detail(long dealId, MergeResult result) {
        return "deal " + dealId + ": " + result.decisions().size() + " orders changed, "
                + result.newLines().size() + " new lines, " + result.reviews().size() + " to review"
                + (result.forked() ? ", forked" : "");
    }
}
