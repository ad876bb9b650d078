package dev.groupbuy.core.jielong;

import java.util.List;

/**
 * What the parser read from one message.
 *
 * @param isChain whether the message is a sign-up chain at all; when false there are no entries
 * @param title the chain's title/header as the leader wrote it (empty when none)
 * @param entries the participant lines, in text order
 */
public record ParsedChain(boolean isChain, String title, List<ChainEntry> entries) {

    public ParsedChain {
        title = title == null ? "" : title;
        entries = entries == null ? List.of() : List.copyOf(entries);
    }

    public static ParsedChain notAChain() {
        return new ParsedChain(false, "", List.of());
    }
}
