package dev.groupbuy.adapters.platform.wecom.archive;

import java.util.List;

/**
 * Port: WeCom's message archive (会话内容存档), read in order of its seq. The production source is WeCom's
 * native Finance SDK through WxJava; tests give messages from JSON fixtures.
 */
public interface ArchiveSource {

    /** The most messages one pull may ask for. */
    int MAX_LIMIT = 1000;

    /**
     * Messages after {@code seq}, at most {@code limit}, decrypted. A message that could not be decrypted is
     * given without its text, so the reader moves past it instead of asking for it forever.
     *
     * @throws ArchiveUnavailableException when the archive could not be read at all
     */
    List<ArchivedMessage> fetch(long seq, int limit);

    /** One archived message: its seq, WeCom's msgid and the decrypted JSON ({@code null} when undecryptable). */
    record ArchivedMessage(long seq, String msgId, String json) {}

    /** The archive could not be read now; nothing was consumed. */
    final class ArchiveUnavailableException extends RuntimeException {
        public ArchiveUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
