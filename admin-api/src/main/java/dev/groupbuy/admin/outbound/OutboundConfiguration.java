package dev.groupbuy.admin.outbound;

import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.PlatformSenderBridge;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import dev.groupbuy.core.outbound.ChannelLimit;
import dev.groupbuy.core.outbound.OutboundDispatcher;
import dev.groupbuy.core.outbound.OutboundQueue;
import dev.groupbuy.core.outbound.OutboundSettings;
import dev.groupbuy.core.outbound.Sender;
import dev.groupbuy.core.outbound.Senders;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The outbound dispatcher on every {@link Sender} bean (the sandbox's) and every configured platform
 * adapter's {@link PlatformSender} (WeCom, WeChat, the bridge, through {@link PlatformSenderBridge}), with each
 * platform's limits from {@code groupbuy.outbound.<platform>.per-minute} and {@code …per-chat-per-minute}, and
 * the loop that runs it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OutboundProperties.class)
class OutboundConfiguration {

    @Bean
    Senders outboundSenders(List<Sender> senders, List<PlatformSender> platformSenders) {
        List<Sender> all = new ArrayList<>(senders);
        platformSenders.stream().map(PlatformSenderBridge::new).forEach(all::add);
        return new Senders(all);
    }

    @Bean
    OutboundSettings outboundSettings(OutboundProperties properties, Senders senders, Environment environment) {
        Map<String, ChannelLimit> limits = senders.platforms().stream()
                .collect(Collectors.toMap(Function.identity(), platform -> limit(environment, platform)));
        return new OutboundSettings(
                properties.window(),
                properties.maxAge(),
                properties.maxAttempts(),
                properties.pollInterval(),
                500,
                limits);
    }

    @Bean
    OutboundDispatcher outboundDispatcher(
            OutboundQueue queue,
            Senders senders,
            RateLimiter rateLimiter,
            Locks locks,
            Clock clock,
            OutboundSettings settings) {
        return new OutboundDispatcher(queue, senders, rateLimiter, locks, clock, settings);
    }

    @Bean
    @ConditionalOnProperty(name = "groupbuy.outbound.enabled", havingValue = "true", matchIfMissing = true)
    DispatcherLoop dispatcherLoop(OutboundDispatcher dispatcher, OutboundSettings settings) {
        return new DispatcherLoop(dispatcher, settings.pollInterval());
    }

    private static ChannelLimit limit(Environment environment, String platform) {
        String prefix = "groupbuy.outbound." + platform + ".";
        return new ChannelLimit(
                environment.getProperty(prefix + "per-minute", Integer.class, 0),
                environment.getProperty(prefix + "per-chat-per-minute", Integer.class, 0));
    }
}
