package dev.groupbuy.admin.platform.wecom;

import dev.groupbuy.adapters.platform.Cursors;
import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.ReplyUrls;
import dev.groupbuy.adapters.platform.wecom.AsyncWeComEvents;
import dev.groupbuy.adapters.platform.wecom.WeComCallback;
import dev.groupbuy.adapters.platform.wecom.WeComGroupSync;
import dev.groupbuy.adapters.platform.wecom.WeComSender;
import dev.groupbuy.adapters.platform.wecom.WeComServices;
import dev.groupbuy.adapters.platform.wecom.WeComSettings;
import dev.groupbuy.adapters.platform.wecom.archive.ArchivePuller;
import dev.groupbuy.adapters.platform.wecom.archive.ArchiveSettings;
import dev.groupbuy.adapters.platform.wecom.archive.ArchiveSource;
import dev.groupbuy.adapters.platform.wecom.archive.FinanceArchiveSource;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.direct.DirectConversation;
import dev.groupbuy.core.group.GroupRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import me.chanjar.weixin.cp.api.WxCpService;
import org.redisson.api.RedissonClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The WeCom self-built app, on with {@code groupbuy.wecom.enabled=true}: the callback at {@code /wecom/callback},
 * the sender for group robots, app messages, appchat and customer groups, the customer-group sync, and — with
 * {@code groupbuy.wecom.archive.enabled=true} — the message archive, pulled on {@code msgaudit_notify} and
 * every {@code groupbuy.wecom.archive.every}. The access token lives in Redis when there is a Redisson client
 * (prod), else in this process.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "groupbuy.wecom.enabled", havingValue = "true")
class WeComConfiguration {

    @Bean
    WeComSettings weComSettings(
            @Value("${groupbuy.wecom.corp-id:}") String corpId,
            @Value("${groupbuy.wecom.agent-id:}") Integer agentId,
            @Value("${groupbuy.wecom.secret:}") String secret,
            @Value("${groupbuy.wecom.token:}") String token,
            @Value("${groupbuy.wecom.aes-key:}") String aesKey,
            @Value("${groupbuy.wecom.base-api-url:" + WeComSettings.DEFAULT_API_URL + "}") String baseApiUrl,
            @Value("${groupbuy.wecom.max-retries:2}") int maxRetries,
            @Value("${groupbuy.wecom.retry-sleep:500ms}") Duration retrySleep) {
        return new WeComSettings(
                corpId, agentId, secret, token, aesKey, baseApiUrl, maxRetries, (int) retrySleep.toMillis());
    }

    @Bean
    WxCpService weComService(
            WeComSettings settings, ObjectProvider<ArchiveSettings> archive, ObjectProvider<RedissonClient> redisson) {
        RedissonClient client = redisson.getIfAvailable();
        return client == null
                ? WeComServices.inMemory(settings, archive.getIfAvailable())
                : WeComServices.inRedis(settings, archive.getIfAvailable(), client);
    }

    @Bean
    PlatformSender weComSender(WxCpService cp, GroupChannels channels, ReplyUrls replyUrls, Clock clock) {
        return new WeComSender(cp, channels, replyUrls, clock, true);
    }

    @Bean
    WeComGroupSync weComGroupSync(WxCpService cp, GroupRepository groups, Clock clock) {
        return new WeComGroupSync(cp, groups, clock);
    }

    @Bean
    AsyncWeComEvents weComEvents(
            @Qualifier("platformWorkers") ExecutorService workers,
            ObjectProvider<ArchivePuller> archive,
            WeComGroupSync groups) {
        return new AsyncWeComEvents(workers, archive.getIfAvailable(), groups);
    }

    @Bean
    WeComCallback weComCallback(WxCpService cp, DirectConversation direct, AsyncWeComEvents events, DedupSet dedup) {
        return new WeComCallback(cp, direct, events, dedup);
    }

    /** The message archive: a paid WeCom feature whose SDK runs on Linux and Windows only. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnExpression(
            "'${groupbuy.wecom.enabled:false}' == 'true' and '${groupbuy.wecom.archive.enabled:false}' == 'true'")
    static class ArchiveConfiguration {

        @Bean
        ArchiveSettings archiveSettings(
                @Value("${groupbuy.wecom.archive.library-path:}") String libraryPath,
                @Value("${groupbuy.wecom.archive.private-key:}") String privateKey,
                @Value("${groupbuy.wecom.archive.secret:}") String secret,
                @Value("${groupbuy.wecom.archive.pkcs1:true}") boolean pkcs1,
                @Value("${groupbuy.wecom.archive.every:1m}") Duration every,
                @Value("${groupbuy.wecom.archive.timeout-seconds:10}") int timeoutSeconds) {
            return new ArchiveSettings(libraryPath, privateKey, secret, pkcs1, every, timeoutSeconds);
        }

        @Bean
        @ConditionalOnMissingBean
        ArchiveSource archiveSource(WxCpService cp, ArchiveSettings settings) {
            return new FinanceArchiveSource(cp.getMsgAuditService(), settings);
        }

        @Bean
        ArchivePuller archivePuller(
                ArchiveSource source,
                MessageIntake intake,
                Cursors cursors,
                Locks locks,
                @Value("${groupbuy.wecom.archive.batch:1000}") int batch,
                @Value("${groupbuy.wecom.archive.max-batches:10}") int maxBatches) {
            return new ArchivePuller(source, intake, cursors, locks, batch, maxBatches);
        }

        /** The fallback pull, in case a {@code msgaudit_notify} was missed. */
        @Bean(destroyMethod = "shutdownNow")
        ScheduledExecutorService archiveSchedule(ArchivePuller puller, ArchiveSettings settings) {
            ScheduledExecutorService schedule = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "wecom-archive");
                thread.setDaemon(true);
                return thread;
            });
            long every = settings.every().toMillis();
            schedule.scheduleWithFixedDelay(
                    () -> {
                        try {
                            puller.pull();
                        } catch (RuntimeException e) {
                            java.util.logging.Logger.getLogger(ArchiveConfiguration.class.getName())
                                    .warning("archive pull failed: "
                                            + e.getClass().getSimpleName());
                        }
                    },
                    every,
                    every,
                    TimeUnit.MILLISECONDS);
            return schedule;
        }
    }
}
