package dev.groupbuy.admin.sandbox;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.outbound.OutboundDispatcher;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A chat platform for trying the bot without WeChat: messages go through the same pipeline as every other
 * platform's, and the answer carries what the bot said (also posted by the sandbox's sender, like everything the
 * bot says in sandbox groups). On by default in the embedded setup, off in prod
 * unless {@code groupbuy.sandbox.enabled=true}.
 */
@RestController
@ConditionalOnProperty(name = "groupbuy.sandbox.enabled", havingValue = "true")
class SandboxController {

    static final String PLATFORM = "sandbox";

    private final MessagePipeline pipeline;
    private final OutboundDispatcher dispatcher;
    private final Clock clock;

    SandboxController(MessagePipeline pipeline, OutboundDispatcher dispatcher, Clock clock) {
        this.pipeline = pipeline;
        this.dispatcher = dispatcher;
        this.clock = clock;
    }

    @PostMapping("/api/v1/sandbox/messages")
    SandboxReplies post(@Valid @RequestBody SandboxMessageRequest request) {
        InboundMessage message = new InboundMessage(
                PLATFORM,
                request.chatId(),
                request.senderId(),
                request.senderName(),
                messageId(request),
                request.text(),
                List.of(),
                clock.instant(),
                List.of());
        PipelineResult result = pipeline.receive(message);
        if (!result.outboxIds().isEmpty()) {
            // posted through the sandbox's sender like any message, before the answer shows them
            dispatcher.dispatchChat(PLATFORM, request.chatId());
        }
        return SandboxReplies.of(result.replies());
    }

    /**
     * Sandbox clients number messages per chat ("m1", "m2" ...), unlike real platforms whose ids are unique
     * platform-wide; the chat id makes them so, for the inbox's duplicate detection. The chat id's length
     * comes first, so no two chats can make the same key ({@code a/b} + {@code c} is {@code 3/a/b/c}, {@code a}
     * + {@code b/c} is {@code 1/a/b/c}).
     */
    static String messageId(SandboxMessageRequest request) {
        return messageId(request.chatId(), request.msgId());
    }

    static String messageId(String chatId, String msgId) {
        return chatId.length() + "/" + chatId + "/" + msgId;
    }
}
