package dev.groupbuy.admin.schedule;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param chatTextDays how long inbound chat text is kept before it is blanked
 *     ({@code groupbuy.retention.chat-text-days}, env {@code GROUPBUY_RETENTION_CHAT_TEXT_DAYS})
 * @param cron when the retention job runs (Quartz cron, in Asia/Shanghai: 03:30 every night)
 */
@ConfigurationProperties("groupbuy.retention")
record RetentionProperties(
        @DefaultValue("30") int chatTextDays,
        @DefaultValue("0 30 3 * * ?") String cron) {}
