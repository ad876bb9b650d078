package dev.groupbuy.core.retention;

import java.time.Instant;

/** Port: the chat text kept with inbound messages (text, sender name, the chain's owners). */
public interface ChatTexts {

    /**
     * Blanks the chat text of up to {@code batch} finished messages received before {@code cutoff}; messages
     * still waiting to be processed keep theirs (recovery replays it).
     *
     * @return how many messages were blanked
     */
    int blankReceivedBefore(Instant cutoff, int batch);
}
