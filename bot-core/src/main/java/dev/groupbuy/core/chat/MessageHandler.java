package dev.groupbuy.core.chat;

import java.util.Optional;

/** Handles one kind of message: a command, a chain, chatter. */
public interface MessageHandler {

    /**
     * Looks at the message without changing anything.
     *
     * @return the work to do when this handler consumes the message, empty when it is not its kind
     */
    Optional<Handling> accept(MessageContext context);
}
