package dev.groupbuy.admin.schedule;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param misfireGrace a planned time missed by more than this (no instance ran) is skipped and recorded, not
 *     done late ({@code groupbuy.schedule.misfire-grace})
 * @param sweepCron when the catch-up sweep runs (Quartz cron, every minute)
 */
@ConfigurationProperties("groupbuy.schedule")
record ScheduleProperties(
        @DefaultValue("10m") Duration misfireGrace,
        @DefaultValue("30 * * * * ?") String sweepCron) {}
