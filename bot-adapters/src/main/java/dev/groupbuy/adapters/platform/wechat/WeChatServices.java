package dev.groupbuy.adapters.platform.wechat;

import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.api.impl.WxMpServiceImpl;
import me.chanjar.weixin.mp.config.WxMpHostConfig;
import me.chanjar.weixin.mp.config.impl.WxMpDefaultConfigImpl;
import me.chanjar.weixin.mp.config.impl.WxMpRedissonConfigImpl;
import org.redisson.api.RedissonClient;

/** Builds WxJava's Official Account client; the access token in this process, or in Redis with several instances. */
public final class WeChatServices {

    private WeChatServices() {}

    public static WxMpService inMemory(WeChatSettings settings) {
        return service(configure(new WxMpDefaultConfigImpl(), settings));
    }

    public static WxMpService inRedis(WeChatSettings settings, RedissonClient redisson) {
        return service(configure(new WxMpRedissonConfigImpl(redisson, "groupbuy:wechat"), settings));
    }

    static <C extends WxMpDefaultConfigImpl> C configure(C config, WeChatSettings settings) {
        config.setAppId(settings.appId());
        config.setSecret(settings.secret());
        config.setToken(settings.token());
        config.setAesKey(settings.aesKey());
        config.setHostConfig(new WxMpHostConfig(settings.baseApiUrl(), settings.baseApiUrl(), settings.baseApiUrl()));
        return config;
    }

    private static WxMpService service(WxMpDefaultConfigImpl config) {
        WxMpService service = new WxMpServiceImpl();
        service.setWxMpConfigStorage(config);
        service.setMaxRetryTimes(2);
        service.setRetrySleepMillis(500);
        return service;
    }
}
