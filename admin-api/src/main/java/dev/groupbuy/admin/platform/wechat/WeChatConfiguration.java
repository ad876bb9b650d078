package dev.groupbuy.admin.platform.wechat;

import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.wechat.ArrivalTemplate;
import dev.groupbuy.adapters.platform.wechat.OfficialAccountCallback;
import dev.groupbuy.adapters.platform.wechat.OfficialAccountSender;
import dev.groupbuy.adapters.platform.wechat.TemplateMessageSender;
import dev.groupbuy.adapters.platform.wechat.WeChatServices;
import dev.groupbuy.adapters.platform.wechat.WeChatSettings;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.direct.Binding;
import dev.groupbuy.core.direct.DirectConversation;
import me.chanjar.weixin.mp.api.WxMpService;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The WeChat Official Account, on with {@code groupbuy.wechat.enabled=true}: the callback at
 * {@code /wechat/callback} and 1:1 answers as customer-service messages; with {@code
 * groupbuy.wechat.arrival-template-id} also 到货 template messages to followers bound to buyers. The access token
 * lives in Redis when there is a Redisson client (prod), else in this process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "groupbuy.wechat.enabled", havingValue = "true")
class WeChatConfiguration {

    @Bean
    WeChatSettings weChatSettings(
            @Value("${groupbuy.wechat.app-id:}") String appId,
            @Value("${groupbuy.wechat.secret:}") String secret,
            @Value("${groupbuy.wechat.token:}") String token,
            @Value("${groupbuy.wechat.aes-key:}") String aesKey,
            @Value("${groupbuy.wechat.base-api-url:" + WeChatSettings.DEFAULT_API_URL + "}") String baseApiUrl) {
        return new WeChatSettings(appId, secret, token, aesKey, baseApiUrl);
    }

    @Bean
    WxMpService weChatService(WeChatSettings settings, ObjectProvider<RedissonClient> redisson) {
        RedissonClient client = redisson.getIfAvailable();
        return client == null ? WeChatServices.inMemory(settings) : WeChatServices.inRedis(settings, client);
    }

    @Bean
    PlatformSender weChatSender(WxMpService mp) {
        return new OfficialAccountSender(mp);
    }

    @Bean
    OfficialAccountCallback officialAccountCallback(
            WxMpService mp, DirectConversation direct, Binding binding, Outbox outbox) {
        return new OfficialAccountCallback(mp, direct, binding, outbox);
    }

    /** 到货 template messages: only with a template id; without one, arrivals are told in the groups alone. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression("!'${groupbuy.wechat.arrival-template-id:}'.isBlank()")
    static class ArrivalTemplateConfiguration {

        @Bean
        ArrivalTemplate arrivalTemplate(
                @Value("${groupbuy.wechat.arrival-template-id}") String templateId,
                @Value("${groupbuy.wechat.arrival-template-keys:}") String keys) {
            return ArrivalTemplate.of(templateId, keys);
        }

        @Bean
        PlatformSender weChatTemplateSender(WxMpService mp, ArrivalTemplate template) {
            return new TemplateMessageSender(mp, template);
        }
    }
}
