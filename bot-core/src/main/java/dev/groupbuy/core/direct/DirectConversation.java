package dev.groupbuy.core.direct;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.direct.Memberships.Membership;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A person's 1:1 chat with the bot. A command acts on their group as if written there — the same command
 * table, roles and use cases — and is answered in the 1:1 chat: a member of one group needs no argument; a
 * member of several is asked which, and answers with the group's number before the command. Anything else
 * gets the help text, at most once a day per person.
 */
public final class DirectConversation {

    static final Duration HELP_EVERY = Duration.ofDays(1);
    static final Duration REDELIVERY_WINDOW = Duration.ofDays(1);

    private final Memberships memberships;
    private final MessageIntake intake;
    private final Outbox outbox;
    private final DedupSet dedup;

    public DirectConversation(Memberships memberships, MessageIntake intake, Outbox outbox, DedupSet dedup) {
        this.memberships = memberships;
        this.intake = intake;
        this.outbox = outbox;
        this.dedup = dedup;
    }

    public DirectOutcome receive(DirectMessage message) {
        Optional<GroupCommand> command = GroupCommand.read(message.text());
        if (command.isEmpty()) {
            return help(message, DirectTexts.HELP);
        }
        List<Membership> groups = memberships.of(message.from().platform(), message.userId()).stream()
                .sorted(Comparator.comparing(m -> m.group().id()))
                .toList();
        if (groups.isEmpty()) {
            return help(message, DirectTexts.NO_GROUP);
        }
        int choice = command.get().choice();
        if (choice > groups.size() || (choice == 0 && groups.size() > 1)) {
            return askWhich(message, groups);
        }
        Membership target = groups.get(Math.max(choice, 1) - 1);
        return intake.accept(forwarded(message, target, command.get().text()))
                ? DirectOutcome.FORWARDED
                : DirectOutcome.DUPLICATE;
    }

    /**
     * The command as a message of the group, from the person's member id there; its id keeps the 1:1
     * chat's, so a re-delivery is recognised, and cannot collide with the group's own messages.
     */
    static InboundMessage forwarded(DirectMessage message, Membership target, String text) {
        return new InboundMessage(
                target.group().platform(),
                target.group().chatId(),
                target.member().userId(),
                target.member().name().isEmpty()
                        ? message.userName()
                        : target.member().name(),
                forwardedId(message.from().platform(), message.messageId()),
                text,
                List.of(),
                message.sentAt(),
                List.of(),
                message.from());
    }

    /** The id a 1:1 message gets as a message of the group. */
    public static String forwardedId(String platform, String messageId) {
        return "direct/" + platform + "/" + messageId;
    }

    /** The 1:1 chat's own id of a message, given either that id or the one it was forwarded under. */
    public static String originalId(String platform, String messageId) {
        String prefix = forwardedId(platform, "");
        return messageId.startsWith(prefix) ? messageId.substring(prefix.length()) : messageId;
    }

    private DirectOutcome help(DirectMessage message, String text) {
        String key = "direct-help:" + message.from().platform() + "/" + message.userId();
        if (!dedup.firstSeen(key, HELP_EVERY)) {
            return DirectOutcome.QUIET;
        }
        say(message, text);
        return DirectOutcome.HELPED;
    }

    private DirectOutcome askWhich(DirectMessage message, List<Membership> groups) {
        String key = "direct-asked:" + message.from().platform() + "/" + message.messageId();
        if (!dedup.firstSeen(key, REDELIVERY_WINDOW)) {
            return DirectOutcome.DUPLICATE;
        }
        say(message, DirectTexts.whichGroup(groups));
        return DirectOutcome.ASKED_WHICH_GROUP;
    }

    private void say(DirectMessage message, String text) {
        outbox.enqueue(new OutboundMessage(
                message.from().platform(), message.from().chatId(), text, List.of(), message.messageId()));
    }
}
