package dev.groupbuy.admin.sandbox;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A chat message typed into the sandbox, as if posted in a group registered with platform {@code sandbox}.
 *
 * @param msgId the message id; the same id sent again is a duplicate delivery and processed once
 */
record SandboxMessageRequest(
        @NotBlank String chatId,
        @NotBlank String senderId,
        String senderName,
        @NotNull String text,
        @NotBlank String msgId) {}
