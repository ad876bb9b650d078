package dev.groupbuy.adapters.persistence.chat;

import dev.groupbuy.adapters.persistence.StoreClock;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.outbound.OutboundQueue;
import dev.groupbuy.core.retention.ChatTexts;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Inbox and outbox in the database (imported by {@code PersistenceConfiguration}); the outbox also as the
 * dispatcher's {@link OutboundQueue}.
 * {@code groupbuy.outbox.max-attempts} (default 5) bounds how often a message is tried.
 */
@Configuration(proxyBeanMethods = false)
public class ChatPersistenceConfiguration {

    @Bean
    Inbox inbox(InboxMapper inbox, ObjectProvider<Clock> clock) {
        return new InboxPersistenceAdapter(inbox, StoreClock.of(clock));
    }

    @Bean
    Outbox outbox(
            OutboxMapper outbox,
            ObjectProvider<Clock> clock,
            @Value("${groupbuy.outbox.max-attempts:" + OutboxPersistenceAdapter.DEFAULT_MAX_ATTEMPTS + "}")
                    int maxAttempts) {
        return new OutboxPersistenceAdapter(outbox, StoreClock.of(clock), maxAttempts);
    }

    @Bean
    ChatTexts chatTexts(InboxMapper inbox) {
        return inbox::blankTextBefore;
    }

    @Bean
    OutboundQueue outboundQueue(OutboxMapper outbox, ObjectProvider<Clock> clock) {
        return new OutboundQueueAdapter(outbox, StoreClock.of(clock));
    }
}
