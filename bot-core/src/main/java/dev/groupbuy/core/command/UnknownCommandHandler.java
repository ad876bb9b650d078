package dev.groupbuy.core.command;

import dev.groupbuy.core.chat.Handling;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.InboxState;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.MessageHandler;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.chat.ReplyGate;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A {@code #词} no command answers to gets a short hint, at most once an hour per person; {@code #接龙}
 * (a chain's marker) never does.
 */
public final class UnknownCommandHandler implements MessageHandler {

    static final Duration HINT_EVERY = Duration.ofHours(1);

    private final ReplyGate gate;

    public UnknownCommandHandler(ReplyGate gate) {
        this.gate = gate;
    }

    public static boolean matches(InboundMessage message) {
        String body = CommandText.body(message.text());
        return body != null && !body.isEmpty() && Character.isLetter(body.codePointAt(0)) && !body.startsWith("接龙");
    }

    @Override
    public Optional<Handling> accept(MessageContext context) {
        return Optional.of(Handling.unlocked(() -> hint(context)));
    }

    private Outcome hint(MessageContext context) {
        String word = CommandText.body(context.message().text()).split("\\s", 2)[0];
        boolean say =
                gate.firstTime(context, "unknown-command:" + context.message().senderId(), HINT_EVERY)
                        && gate.mayReply(context);
        List<OutboundMessage> replies =
                say ? List.of(context.reply("没有『#" + shorten(word) + "』这个命令，发 #帮助 看看能用哪些～")) : List.of();
        return new Outcome(InboxState.IGNORED, "unknown command", replies);
    }

    private static String shorten(String word) {
        return word.codePointCount(0, word.length()) <= 8
                ? word
                : word.substring(0, word.offsetByCodePoints(0, 8)) + "…";
    }
}
