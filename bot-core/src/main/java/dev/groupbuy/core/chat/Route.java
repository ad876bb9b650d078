package dev.groupbuy.core.chat;

import java.util.function.Predicate;

/** One rule of the router: a cheap test of the message, and the handler to ask when it matches. */
public record Route(String name, Predicate<InboundMessage> matcher, MessageHandler handler) {

    public static Route of(String name, Predicate<InboundMessage> matcher, MessageHandler handler) {
        return new Route(name, matcher, handler);
    }

    /** A route for a leader or resident command written as {@code #word ...}. */
    public static Route command(String word, MessageHandler handler) {
        return new Route(word, message -> Commands.isCommand(message.text(), word), handler);
    }
}
