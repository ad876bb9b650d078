package dev.groupbuy.core.command;

import dev.groupbuy.core.chat.Commands;
import dev.groupbuy.core.chat.InboundMessage;
import java.util.Optional;

/**
 * The leader's {@code #截单}: stop taking sign-ups for the group's open deal.
 *
 * @param titleHint words after the command naming the deal when several are open, else empty
 */
public record CloseDeal(String senderId, String titleHint) {

    public static final String WORD = "截单";

    public static Optional<CloseDeal> from(InboundMessage message) {
        if (!Commands.isCommand(message.text(), WORD)) {
            return Optional.empty();
        }
        return Optional.of(new CloseDeal(message.senderId(), Commands.argument(message.text(), WORD)));
    }
}
