package dev.groupbuy.adapters.persistence.platform;

import dev.groupbuy.adapters.persistence.StoreClock;
import dev.groupbuy.adapters.platform.Cursors;
import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.adapters.platform.ReplyUrls;
import dev.groupbuy.core.direct.BindingCodes;
import dev.groupbuy.core.group.GroupRepository;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The chat platforms' own tables (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class PlatformPersistenceConfiguration {

    @Bean
    MembershipsPersistenceAdapter memberships(
            PlatformMapper rows, GroupRepository groups, ObjectProvider<Clock> clock) {
        return new MembershipsPersistenceAdapter(rows, groups, StoreClock.of(clock));
    }

    @Bean
    BindingCodes bindingCodes(PlatformMapper rows) {
        return new BindingCodesPersistenceAdapter(rows);
    }

    @Bean
    GroupChannels groupChannels(PlatformMapper rows) {
        return new GroupChannelsPersistenceAdapter(rows);
    }

    @Bean
    Cursors cursors(PlatformMapper rows, ObjectProvider<Clock> clock) {
        return new CursorsPersistenceAdapter(rows, StoreClock.of(clock));
    }

    @Bean
    ReplyUrls replyUrls(PlatformMapper rows) {
        return new ReplyUrlsPersistenceAdapter(rows);
    }
}
