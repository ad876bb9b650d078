package dev.groupbuy.admin.sandbox;

import static dev.groupbuy.admin.web.ApiProblems.badRequest;

import dev.groupbuy.adapters.persistence.sandbox.SandboxTranscript;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.outbound.OutboundDispatcher;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
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

    private static final int MOST_LINES = 500;

    private final MessagePipeline pipeline;
    private final OutboundDispatcher dispatcher;
    private final SandboxTranscript transcript;
    private final Clock clock;

    SandboxController(
            MessagePipeline pipeline, OutboundDispatcher dispatcher, SandboxTranscript transcript, Clock clock) {
        this.pipeline = pipeline;
        this.dispatcher = dispatcher;
        this.transcript = transcript;
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

    @Operation(
            summary = "What was said in a sandbox chat, oldest first: residents' messages and the bot's posts"
                    + " (replies, announcements, scheduled posts)")
    @GetMapping("/api/v1/sandbox/chats/{chatId}/messages")
    Transcript transcript(@PathVariable String chatId, @RequestParam(defaultValue = "200") int limit) {
        if (limit < 1 || limit > MOST_LINES) {
            throw badRequest("limit must be between 1 and " + MOST_LINES);
        }
        return new Transcript(transcript.recent(chatId, limit));
    }

    record Transcript(List<SandboxTranscript.Line> messages) {}

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
