package dev.groupbuy.core.command;

import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.chat.Posted;
import dev.groupbuy.core.deal.Deal;
import java.util.List;

/**
 * A command as it arrives at its {@link ChatCommand}: the message, who sent it (as a use case's actor), the
 * deal it targets ({@code null} for {@link Target#NONE}) and the words after the command.
 *
 * @param leads whether the sender runs the group
 */
public record CommandCall(MessageContext context, Actor.Member actor, Deal deal, String args, boolean leads) {

    public long groupId() {
        return context.groupId();
    }

    public String senderName() {
        return context.message().senderName();
    }

    /** Replies in the group; texts longer than the platform's limit become several messages. */
    public Outcome answer(String detail, String... texts) {
        return Outcome.done(detail, Replies.of(context, List.of(texts)));
    }

    /** A reply that @-mentions the sender. */
    public Outcome answerSender(String detail, String text) {
        OutboundMessage reply =
                context.reply(at() + text, List.of(context.message().senderId()));
        return Outcome.done(detail, List.of(reply));
    }

    /** What a use case already announced in this group, then the replies. */
    public Outcome announced(String detail, List<Posted> posted, String... texts) {
        List<Posted> here = posted.stream()
                .filter(p -> p.message().platform().equals(context.message().platform())
                        && p.message().chatId().equals(context.message().chatId()))
                .toList();
        return new Outcome(dev.groupbuy.core.chat.InboxState.DONE, detail, Replies.of(context, List.of(texts)), here);
    }

    /** "@name " for the sender, as written; empty when the platform gave no name. */
    public String at() {
        String name = senderName();
        return name.isEmpty() ? "" : "@" + name + " ";
    }
}
