package dev.groupbuy.adapters.platform.wecom;

import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.api.impl.WxCpServiceImpl;
import me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl;
import me.chanjar.weixin.cp.config.impl.WxCpRedissonConfigImpl;
import org.redisson.api.RedissonClient;

/**
 * Builds WxJava's WeCom client. The access token lives in this process by default, in Redis with several
 * instances (one token for all, refreshed by whichever instance finds it expired).
 */
public final class WeComServices {

    private WeComServices() {}

    public static WxCpService inMemory(WeComSettings settings) {
        return service(configure(new WxCpDefaultConfigImpl(), settings), settings);
    }

    public static WxCpService inRedis(WeComSettings settings, RedissonClient redisson) {
        return service(configure(new WxCpRedissonConfigImpl(redisson, "groupbuy:wecom"), settings), settings);
    }

    /** The corp id goes in before the agent id: the Redis storage keys its token by both. */
    static <C extends WxCpDefaultConfigImpl> C configure(C config, WeComSettings settings) {
        config.setCorpId(settings.corpId());
        config.setAgentId(settings.agentId());
        config.setCorpSecret(settings.secret());
        config.setToken(settings.token());
        config.setAesKey(settings.aesKey());
        config.setBaseApiUrl(settings.baseApiUrl());
        return config;
    }

    private static WxCpService service(WxCpDefaultConfigImpl config, WeComSettings settings) {
        WxCpService service = new WxCpServiceImpl();
        service.setWxCpConfigStorage(config);
        service.setMaxRetryTimes(settings.maxRetries());
        service.setRetrySleepMillis(settings.retrySleepMillis());
        return service;
    }
}
