package dev.groupbuy.admin.sandbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A chat message typed into the sandbox, as if posted in a group registered with platform {@code sandbox}.
 *
 * <p>Lengths are those of the inbox columns (chat and sender id 128, sender name 255); {@code msgId} is kept
 * together with the chat id in the inbox's 191-character message key, which leaves it {@value #MSG_ID_LENGTH}.
 * Longer values get 400, not a failed insert.
 *
 * @param msgId the message id; the same id sent again in the same chat is a duplicate delivery and processed
 *     once
 */
record SandboxMessageRequest(
        @NotBlank @Size(max = 128) String chatId,
        @NotBlank @Size(max = 128) String senderId,
        @Size(max = 255) String senderName,
        @NotNull String text,
        @NotBlank @Size(max = MSG_ID_LENGTH) String msgId) {

    /** What is left of the 191-character key after the longest chat id and its length prefix ("128/…/"). */
    static final int MSG_ID_LENGTH = 191 - 128 - 5;
}
