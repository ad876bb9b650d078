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
import java.util.stream.Collectors;

/**
 * The locked part of a chain message: reads the deal's state (one single-row read when this instance has
 * it cached and nothing changed), merges the snapshot, stores what changed and decides what to say.
 * Re-running it for the same message changes nothing more, because every line it applied is then in the
 * ledger. Run {@linkplain MessageContext#careful() carefully}, it stores one participant at a time and leaves
 * out (and reports) those the store refuses; the deal's cached state is then not kept, so the next message
 * reads what was really stored.
 */
final class SignUpProcess {

    private static final int SHOWN_PROBLEMS = 20;

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
        List<LineProblem.Line> refused = List.of();
        if (result.changesNothing()) {
            states.keep(read);
        } else if (!context.careful()) {
            VersionedState claimed = states.advance(read);
            List<Order> stored = writer.write(state, result, context.inboxId(), message.senderId(), now);
            states.keep(new VersionedState(claimed.version(), state.after(stored, fingerprints(result))));
        } else {
            states.advance(read);
            refused = writer.writeCarefully(state, result, context.inboxId(), message.senderId(), now)
                    .refused();
            result = result.without(
                    refused.stream().map(line -> line.entry().name().strip()).collect(Collectors.toSet()));
        }
        return Outcome.done(detail(dealId, result, refused), talk.afterMerge(context, state, result, refused));
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

    private static String detail(long dealId, MergeResult result, List<LineProblem.Line> refused) {
        return "deal " + dealId + ": " + result.decisions().size() + " orders changed, "
                + result.newLines().size() + " new lines, " + result.reviews().size() + " to review"
                + (result.forked() ? ", forked" : "")
                + problems(result.problems())
                + problems(refused);
    }

    /** Which lines were set aside and why: line numbers and reasons only, never what they say. */
    private static String problems(List<LineProblem.Line> lines) {
        if (lines.isEmpty()) {
            return "";
        }
        String shown = lines.stream()
                .limit(SHOWN_PROBLEMS)
                .map(line -> "line " + line.entry().seq() + " " + line.problem())
                .collect(Collectors.joining(", "));
        return ", " + shown
                + (lines.size() > SHOWN_PROBLEMS ? " and " + (lines.size() - SHOWN_PROBLEMS) + " more" : "");
    }
}
