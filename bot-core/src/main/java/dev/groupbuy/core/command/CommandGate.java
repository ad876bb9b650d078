package dev.groupbuy.core.command;

import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.chat.Handling;
import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.MessageHandler;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealRepository;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Everything chat commands share, in one place: matching the command's words, the role check with its
 * throttled refusal (once an hour per person), finding the deal (or asking which one), taking the right
 * lock, and keeping residents' answers within the group's reply budget. A leader's command is always answered.
 */
public final class CommandGate implements MessageHandler {

    static final Duration REFUSAL_EVERY = Duration.ofHours(1);

    private final ChatCommand command;
    private final Permissions permissions;
    private final DealChooser chooser;
    private final ReplyGate gate;

    public CommandGate(ChatCommand command, Permissions permissions, DealRepository deals, ReplyGate gate) {
        this.command = command;
        this.permissions = permissions;
        this.chooser = new DealChooser(deals);
        this.gate = gate;
    }

    @Override
    public Optional<Handling> accept(MessageContext context) {
        CommandSpec spec = command.spec();
        Optional<String> args = spec.match(context.message());
        if (args.isEmpty()) {
            return Optional.empty();
        }
        Actor.Member actor =
                Actor.chat(context.message().senderId(), context.message().senderName(), context.inboxId());
        boolean leads = permissions.runs(actor, context.groupId());
        if (spec.audience() == Audience.LEADERS && !leads) {
            return Optional.of(Handling.unlocked(() -> notALeader(context)));
        }
        if (spec.target() == Target.NONE) {
            CommandCall call = new CommandCall(context, actor, null, args.get(), leads);
            return Optional.of(Handling.locked(Handling.groupLock(context.groupId()), () -> run(call)));
        }
        List<Deal> deals = chooser.choose(context.groupId(), spec.target(), spec.titleArgument() ? args.get() : "");
        if (deals.size() != 1) {
            return Optional.of(
                    Handling.locked(Handling.groupLock(context.groupId()), () -> noDeal(context, deals, leads)));
        }
        CommandCall call = new CommandCall(context, actor, deals.get(0), args.get(), leads);
        return Optional.of(Handling.locked(Handling.dealLock(deals.get(0).id()), () -> run(call)));
    }

    private Outcome run(CommandCall call) {
        Outcome outcome = command.run(call);
        if (call.leads() || outcome.replies().isEmpty() || gate.mayReply(call.context())) {
            return outcome;
        }
        return new Outcome(
                outcome.state(), outcome.detail() + " (reply dropped: group budget)", List.of(), outcome.posted());
    }

    /** Changes nothing; tells the sender once an hour, so they do not think it worked. */
    private Outcome notALeader(MessageContext context) {
        String key = "not-leader:" + context.message().senderId();
        List<OutboundMessage> replies = gate.firstTime(context, key, REFUSAL_EVERY) && gate.mayReply(context)
                ? List.of(context.reply(
                        CommandTexts.onlyLeaders(context.message().senderName(), command.spec()),
                        List.of(context.message().senderId())))
                : List.of();
        return new Outcome(
                InboxState.IGNORED, "#" + command.spec().word() + " from someone who does not lead the group", replies);
    }

    private Outcome noDeal(MessageContext context, List<Deal> deals, boolean leads) {
        if (!leads && !gate.mayReply(context)) {
            return Outcome.done("#" + command.spec().word() + " without one deal", List.of());
        }
        return Outcome.done(
                "#" + command.spec().word() + " without one deal",
                List.of(context.reply(CommandTexts.whichDeal(command.spec(), deals))));
    }
}
