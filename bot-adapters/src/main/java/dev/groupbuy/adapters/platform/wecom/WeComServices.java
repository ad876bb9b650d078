package dev.groupbuy.adapters.platform.wecom;

import dev.groupbuy.adapters.platform.wecom.archive.ArchiveSettings;
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

    /** @param archive the message archive's settings, or {@code null} when it is not used */
    public static WxCpService inMemory(WeComSettings settings, ArchiveSettings archive) {
        return service(configure(new WxCpDefaultConfigImpl(), settings, archive), settings);
    }

    /** @param archive the message archive's settings, or {@code null} when it is not used */
    public static WxCpService inRedis(WeComSettings settings, ArchiveSettings archive, RedissonClient redisson) {
        return service(configure(new WxCpRedissonConfigImpl(redisson, "groupbuy:wecom"), settings, archive), settings);
    }

    /** The corp id goes in before the agent id: the Redis storage keys its token by both. */
    static <C extends WxCpDefaultConfigImpl> C configure(C config, WeComSettings settings, ArchiveSettings archive) {
        config.setCorpId(settings.corpId());
        config.setAgentId(settings.agentId());
        config.setCorpSecret(settings.secret());
        config.setToken(settings.token());
        config.setAesKey(settings.aesKey());
        config.setBaseApiUrl(settings.baseApiUrl());
        if (archive != null) {
            config.setMsgAuditLibPath(archive.libraryPath());
            config.setMsgAuditPriKey(archive.privateKey());
            if (archive.secret() != null && !archive.secret().isBlank()) {
                config.setMsgAuditSecret(archive.secret());
            }
        }
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
