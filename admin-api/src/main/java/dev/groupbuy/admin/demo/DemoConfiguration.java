package dev.groupbuy.admin.demo;

import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.group.GroupRepository;
import java.time.Clock;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * A demo sandbox group with an open deal on the first start of the embedded default (an empty database), so a
 * newcomer can open the sandbox page and paste a 接龙 at once. Off with {@code groupbuy.demo.enabled=false},
 * without the sandbox, and always in {@code prod}.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!prod")
@ConditionalOnProperty(
        name = {"groupbuy.demo.enabled", "groupbuy.sandbox.enabled"},
        havingValue = "true")
class DemoConfiguration {

    @Bean
    ApplicationRunner demoData(GroupRepository groups, UseCases use, Clock clock) {
        return arguments -> new DemoData(groups, use, clock).createOnFirstStart();
    }
}
