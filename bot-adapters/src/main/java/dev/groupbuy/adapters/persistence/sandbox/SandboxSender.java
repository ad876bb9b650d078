package dev.groupbuy.adapters.persistence.sandbox;

import dev.groupbuy.core.announce.TextSplitter;
import dev.groupbuy.core.outbound.OutboundPart;
import dev.groupbuy.core.outbound.SendResult;
import dev.groupbuy.core.outbound.Sender;
import java.time.Clock;
import org.springframework.dao.DuplicateKeyException;

/**
 * The sandbox platform's {@link Sender}: "posting" a part stores it in {@code sandbox_posts}, where the
 * sandbox's readers (tests, checks) find what the bot said in a sandbox group outside a request's answer.
 * Like a platform with duplicate detection, it drops a part whose idempotency key it has already posted and
 * only counts the repeat.
 */
public class SandboxSender implements Sender {

    public static final String PLATFORM = "sandbox";

    private final SandboxPostMapper posts;
    private final Clock clock;

    SandboxSender(SandboxPostMapper posts, Clock clock) {
        this.posts = posts;
        this.clock = clock;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public int maxBytes() {
        return TextSplitter.DEFAULT_MAX_BYTES;
    }

    @Override
    public boolean dropsRepeats() {
        return true;
    }

    @Override
    public SendResult send(OutboundPart part) {
        SandboxPostDO post = new SandboxPostDO();
        post.setIdempotencyKey(part.idempotencyKey());
        post.setChatId(part.chatId());
        post.setText(part.text());
        post.setPostedAt(clock.instant());
        post.setRepeats(0);
        try {
            posts.insert(post);
        } catch (DuplicateKeyException repeat) {
            posts.countRepeat(part.idempotencyKey());
        }
        return SendResult.sent();
    }
}
