package dev.groupbuy.admin.platform.bridge;

import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.bridge.BridgeInbound;
import dev.groupbuy.adapters.platform.bridge.BridgeSender;
import dev.groupbuy.adapters.platform.bridge.BridgeSettings;
import dev.groupbuy.core.coordination.DedupSet;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The signed bridge for personal-WeChat groups, on with {@code groupbuy.bridge.enabled=true}: inbound
 * {@code POST /bridge/v1/messages}, and outbound posts to {@code groupbuy.bridge.outbound-url} when set.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "groupbuy.bridge.enabled", havingValue = "true")
class BridgeConfiguration {

    @Bean
    BridgeSettings bridgeSettings(
            @Value("${groupbuy.bridge.secret:}") String secret,
            @Value("${groupbuy.bridge.outbound-url:}") String outboundUrl,
            @Value("${groupbuy.bridge.max-skew:5m}") Duration maxSkew,
            @Value("${groupbuy.bridge.max-bytes:" + BridgeSettings.DEFAULT_MAX_BYTES + "}") int maxBytes) {
        return new BridgeSettings(
                secret, outboundUrl.isBlank() ? null : URI.create(outboundUrl.strip()), maxSkew, maxBytes);
    }

    @Bean
    BridgeInbound bridgeInbound(BridgeSettings settings, DedupSet dedup, Clock clock) {
        return new BridgeInbound(settings, dedup, clock);
    }

    @Bean
    @ConditionalOnExpression("!'${groupbuy.bridge.outbound-url:}'.isBlank()")
    PlatformSender bridgeSender(BridgeSettings settings, Clock clock) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        return new BridgeSender(settings, http, clock);
    }
}
