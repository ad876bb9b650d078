package dev.groupbuy.adapters.platform;

import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.outbound.OutboundPart;
import dev.groupbuy.core.outbound.SendResult;
import dev.groupbuy.core.outbound.Sender;

/**
 * A platform adapter's {@link PlatformSender} as the core's {@link Sender}, for the outbound dispatcher: each
 * part goes out as one message (its text, its mentions) with the part's idempotency key; {@link
 * SendOutcome.Transient} is retried later, {@link SendOutcome.Permanent} given up. None of the platforms
 * drops a repeated key today, so a part cut off by a crash is not sent again ({@link #dropsRepeats()}).
 */
public final class PlatformSenderBridge implements Sender {

    private final PlatformSender sender;

    public PlatformSenderBridge(PlatformSender sender) {
        this.sender = sender;
    }

    @Override
    public String platform() {
        return sender.platform();
    }

    @Override
    public int maxBytes() {
        return sender.maxBytes();
    }

    @Override
    public boolean dropsRepeats() {
        return false;
    }

    @Override
    public SendResult send(OutboundPart part) {
        OutboundMessage message = new OutboundMessage(
                part.platform(),
                part.chatId(),
                part.text(),
                part.mentions(),
                part.message().inReplyTo());
        SendOutcome outcome = sender.send(message, part.idempotencyKey());
        if (outcome instanceof SendOutcome.Transient failure) {
            return SendResult.retry(failure.reason());
        }
        if (outcome instanceof SendOutcome.Permanent refusal) {
            return SendResult.refused(refusal.reason());
        }
        return SendResult.sent();
    }
}
