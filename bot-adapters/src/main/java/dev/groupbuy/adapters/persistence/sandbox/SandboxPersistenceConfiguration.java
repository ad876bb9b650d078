package dev.groupbuy.adapters.persistence.sandbox;

import dev.groupbuy.adapters.persistence.StoreClock;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sandbox platform's sender, posting into the database, and the transcript of a sandbox chat (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class SandboxPersistenceConfiguration {

    @Bean
    SandboxSender sandboxSender(SandboxPostMapper posts, ObjectProvider<Clock> clock) {
        return new SandboxSender(posts, StoreClock.of(clock));
    }

    @Bean
    SandboxTranscript sandboxTranscript(SandboxTranscriptMapper mapper) {
        return new SandboxTranscript(mapper);
    }
}
