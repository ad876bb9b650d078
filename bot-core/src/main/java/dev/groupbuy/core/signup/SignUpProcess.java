package dev.groupbuy.core.signup;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.jielong.ParsedChain;
import dev.groupbuy.core.order.Order;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The locked part of a chain message: reads the deal's state (one single-row read when this instance has
 * it cached and nothing changed), merges the snapshot, stores what changed and decides what to say.
 * Re-running it for the same message changes nothing more, because every line it applied is then in the
 * ledger.
 */
final class SignUpProcess {

    private final DealStates states;
    private final SignUpMerger merger;
    private final SignUpWriter writer;
    private final SignUpTalk talk;
    private final Clock clock;

    SignUpProcess(DealStates states, SignUpWriter writer, SignUpTalk talk, Clock clock) {
        this.states = states;
        this.merger = new SignUpMerger();
        this.writer = writer;
        this.talk = talk;
        this.clock = clock;
    }

    Outcome apply(MessageContext context, long dealId, ParsedChain chain) {
        VersionedState read = states.read(dealId, context.groupId());
        DealState state = read.state();
        InboundMessage message = context.message();
        Instant now = clock.instant();
        MergeResult result = merger.merge(state, chain, sender(message), now);
        if (!state.deal().acceptsSignUpsAt(message.sentAt())) {
            states.keep(read);
            return Outcome.done(
                    "deal " + dealId + " closed: " + result.newLines().size() + " new lines not taken",
                    talk.late(context, state, result.newLines()));
        }
        if (result.changesNothing()) {
            states.keep(read);
        } else {
            VersionedState claimed = states.advance(read);
            List<Order> stored = writer.write(state, result, context.inboxId(), message.senderId(), now);
            states.keep(new VersionedState(claimed.version(), state.after(stored, fingerprints(result))));
        }
        return Outcome.done(detail(dealId, result), talk.afterMerge(context, state, result));
    }

    private static SignUpMerger.Sender sender(InboundMessage message) {
        Map<Integer, String> owners = new HashMap<>();
        message.chainOwners().forEach(owner -> owners.putIfAbsent(owner.seq(), owner.userId()));
        return new SignUpMerger.Sender(message.senderId(), message.senderName(), owners);
    }

    private static List<String> fingerprints(MergeResult result) {
        return result.newLines().stream()
                .map(entry -> SeenLine.fingerprint(entry.name().strip(), SignUpMerger.textOf(entry)))
                .toList();
    }

    private static String detail(long dealId, MergeResult result) {
        return "deal " + dealId + ": " + result.decisions().size() + " orders changed, "
                + result.newLines().size() + " new lines, " + result.reviews().size() + " to review"
                + (result.forked() ? ", forked" : "");
    }
}
