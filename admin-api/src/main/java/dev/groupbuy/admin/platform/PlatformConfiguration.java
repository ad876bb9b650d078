package dev.groupbuy.admin.platform;

import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.PlatformSenders;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.direct.DirectConversation;
import dev.groupbuy.core.direct.Memberships;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What every chat platform adapter shares: the workers that process messages after the platform got its
 * answer ({@code groupbuy.platforms.workers}, default 4; a full queue leaves messages stored for recovery), the
 * {@link MessageIntake}, the 1:1 {@link DirectConversation}, and the senders of the configured platforms.
 */
@Configuration(proxyBeanMethods = false)
public class PlatformConfiguration {

    static final int QUEUE = 10_000;

    @Bean(destroyMethod = "shutdown")
    ExecutorService platformWorkers(@Value("${groupbuy.platforms.workers:4}") int workers) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(
                workers,
                workers,
                60,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(QUEUE),
                task -> {
                    Thread thread = new Thread(task, "platform-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
    }

    @Bean
    MessageIntake messageIntake(
            Inbox inbox, MessagePipeline pipeline, @Qualifier("platformWorkers") ExecutorService platformWorkers) {
        return new MessageIntake(inbox, pipeline, platformWorkers);
    }

    @Bean
    DirectConversation directConversation(
            Memberships memberships, MessageIntake intake, Outbox outbox, DedupSet dedup) {
        return new DirectConversation(memberships, intake, outbox, dedup);
    }

    @Bean
    PlatformSenders platformSenders(List<PlatformSender> senders) {
        return new PlatformSenders(senders);
    }
}
