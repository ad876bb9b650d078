package dev.groupbuy.admin.platform.wecom;

import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.ReplyUrls;
import dev.groupbuy.adapters.platform.wecom.WeComSender;
import dev.groupbuy.adapters.platform.wecom.aibot.AiBotCallback;
import dev.groupbuy.adapters.platform.wecom.aibot.AiBotSettings;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.direct.DirectConversation;
import java.time.Clock;
import java.time.Duration;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The WeCom AI bot (智能机器人), on with {@code groupbuy.wecom.aibot.enabled=true}: its callback at
 * {@code /wecom/aibot/callback}; answers go to each callback's {@code response_url}. Without the app
 * ({@code groupbuy.wecom.enabled}) the bot can only answer, not post on its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "groupbuy.wecom.aibot.enabled", havingValue = "true")
class AiBotConfiguration {

    @Bean
    AiBotSettings aiBotSettings(
            @Value("${groupbuy.wecom.aibot.token:}") String token,
            @Value("${groupbuy.wecom.aibot.aes-key:}") String aesKey,
            @Value("${groupbuy.wecom.aibot.reply-window:55m}") Duration replyWindow) {
        return new AiBotSettings(token, aesKey, replyWindow);
    }

    @Bean
    AiBotCallback aiBotCallback(
            AiBotSettings settings, MessageIntake intake, DirectConversation direct, ReplyUrls replyUrls, Clock clock) {
        return new AiBotCallback(settings, intake, direct, replyUrls, clock);
    }

    /** Without the app, a sender that only answers through {@code response_url}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(
            "'${groupbuy.wecom.aibot.enabled:false}' == 'true' and '${groupbuy.wecom.enabled:false}' != 'true'")
    static class AnswersOnly {

        @Bean
        PlatformSender aiBotSender(GroupChannels channels, ReplyUrls replyUrls, Clock clock) {
            WxCpServiceImpl cp = new WxCpServiceImpl();
            cp.setWxCpConfigStorage(new WxCpDefaultConfigImpl());
            return new WeComSender(cp, channels, replyUrls, clock, false);
        }
    }
}
