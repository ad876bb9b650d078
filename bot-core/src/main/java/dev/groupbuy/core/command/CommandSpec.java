package dev.groupbuy.core.command;

import dev.groupbuy.core.chat.InboundMessage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How a chat command is written and used: its word and aliases (after {@code #} or {@code ＃}), who may use
 * it, which deal it acts on, and whether the words after it name that deal by its title.
 */
public record CommandSpec(String word, List<String> aliases, Audience audience, Target target, boolean titleArgument) {

    public CommandSpec {
        aliases = List.copyOf(aliases);
    }

    public static CommandSpec leaders(String word, Target target, String... aliases) {
        return new CommandSpec(word, List.of(aliases), Audience.LEADERS, target, false);
    }

    public static CommandSpec everyone(String word, Target target, String... aliases) {
        return new CommandSpec(word, List.of(aliases), Audience.EVERYONE, target, false);
    }

    /** The same command, with the words after it naming the deal ({@code #截单 蓝莓}). */
    public CommandSpec namingTheDeal() {
        return new CommandSpec(word, aliases, audience, target, true);
    }

    /** Every word the command answers to, longest first. */
    public List<String> words() {
        List<String> words = new ArrayList<>(aliases);
        words.add(word);
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words;
    }

    /** What follows the command's word in the message (trimmed, lines kept), when the message is this command. */
    public Optional<String> match(InboundMessage message) {
        return words().stream()
                .map(w -> CommandText.argument(message.text(), w))
                .flatMap(Optional::stream)
                .findFirst();
    }
}
