package dev.groupbuy.admin.outbound;

import static dev.groupbuy.admin.web.ApiProblems.badRequest;
import static dev.groupbuy.admin.web.ApiProblems.notFound;

import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.outbound.Delivery;
import dev.groupbuy.core.outbound.DeliveryStatus;
import dev.groupbuy.core.outbound.OutboundQueue;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What the bot said or is about to say, for operators: the outbox newest first. */
@RestController
@Tag(name = "outbox")
class OutboxController {

    private static final int MOST = 1000;

    private final OutboundQueue queue;
    private final GroupRepository groups;

    OutboxController(OutboundQueue queue, GroupRepository groups) {
        this.queue = queue;
        this.groups = groups;
    }

    @Operation(summary = "Outbound messages newest first, optionally of one group or one platform and/or in one status")
    @GetMapping("/api/v1/outbox")
    Messages list(
            @RequestParam(required = false) Long groupId,
            @RequestParam(required = false) String platform,
            @RequestParam(required = false) String status,
            @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MOST) {
            throw badRequest("limit must be between 1 and " + MOST);
        }
        Optional<ChatGroup> group = groupId == null
                ? Optional.empty()
                : Optional.of(groups.findById(groupId).orElseThrow(() -> notFound("no group with id " + groupId)));
        if (group.isPresent()
                && platform != null
                && !platform.strip().equals(group.get().platform())) {
            throw badRequest("the group is on platform " + group.get().platform());
        }
        String wantedPlatform = platform == null || platform.isBlank() ? null : platform.strip();
        List<Delivery> found = queue.recent(
                group.map(ChatGroup::platform).orElse(wantedPlatform),
                group.map(ChatGroup::chatId).orElse(null),
                statuses(status),
                limit);
        Map<String, Long> groupIds = new HashMap<>();
        return new Messages(found.stream()
                .map(d -> MessageView.of(d, groupIds.computeIfAbsent(chatKey(d), k -> groupIdOf(d))))
                .toList());
    }

    record Messages(List<MessageView> messages) {}

    /**
     * @param status {@code pending} (also while being sent), {@code sent}, {@code failed} or {@code skipped}
     * @param attempts failed attempts so far
     * @param error why the last attempt failed, or why the message was given up or skipped
     */
    record MessageView(
            long id,
            Long groupId,
            String platform,
            String chatId,
            String text,
            String status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            String error) {

        static MessageView of(Delivery delivery, Long groupId) {
            DeliveryStatus status =
                    delivery.status() == DeliveryStatus.SENDING ? DeliveryStatus.PENDING : delivery.status();
            return new MessageView(
                    delivery.id(),
                    groupId,
                    delivery.message().platform(),
                    delivery.message().chatId(),
                    delivery.message().text(),
                    status.wireName(),
                    delivery.failures(),
                    delivery.createdAt(),
                    delivery.sentAt(),
                    delivery.error());
        }
    }

    private static Set<DeliveryStatus> statuses(String status) {
        if (status == null || status.isBlank()) {
            return Set.of();
        }
        return switch (status.strip()) {
            case "pending" -> Set.of(DeliveryStatus.PENDING, DeliveryStatus.SENDING);
            case "sent" -> Set.of(DeliveryStatus.SENT);
            case "failed" -> Set.of(DeliveryStatus.FAILED);
            case "skipped" -> Set.of(DeliveryStatus.SKIPPED);
            default -> throw badRequest("status must be one of [pending, sent, failed, skipped]");
        };
    }

    private static String chatKey(Delivery delivery) {
        return delivery.message().platform() + "/" + delivery.message().chatId();
    }

    private Long groupIdOf(Delivery delivery) {
        return groups.findByChat(
                        delivery.message().platform(), delivery.message().chatId())
                .map(ChatGroup::id)
                .orElse(null);
    }
}
