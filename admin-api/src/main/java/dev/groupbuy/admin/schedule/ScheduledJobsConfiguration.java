package dev.groupbuy.admin.schedule;

import dev.groupbuy.adapters.schedule.CatchUpJob;
import dev.groupbuy.adapters.schedule.ChatTextRetentionJob;
import dev.groupbuy.core.retention.ChatTextRetention;
import dev.groupbuy.core.retention.ChatTexts;
import java.time.Clock;
import java.time.Duration;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The fixed Quartz jobs, registered by Spring Boot (existing definitions are overwritten on start): the
 * catch-up sweep every minute and chat text retention every night, both in Asia/Shanghai. In a cluster each
 * runs on one instance at a time.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobsConfiguration {

    private static final TimeZone SHANGHAI = TimeZone.getTimeZone("Asia/Shanghai");

    @Bean
    ChatTextRetention chatTextRetention(ChatTexts texts, Clock clock, RetentionProperties properties) {
        return new ChatTextRetention(texts, clock, Duration.ofDays(properties.chatTextDays()));
    }

    @Bean
    JobDetail catchUpJob() {
        return JobBuilder.newJob(CatchUpJob.class)
                .withIdentity("catch-up")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger catchUpTrigger(JobDetail catchUpJob, ScheduleProperties properties) {
        return cron(catchUpJob, "catch-up", properties.sweepCron());
    }

    @Bean
    JobDetail chatTextRetentionJob() {
        return JobBuilder.newJob(ChatTextRetentionJob.class)
                .withIdentity("chat-text-retention")
                .storeDurably()
                .build();
    }

    @Bean
    Trigger chatTextRetentionTrigger(JobDetail chatTextRetentionJob, RetentionProperties properties) {
        return cron(chatTextRetentionJob, "chat-text-retention", properties.cron());
    }

    private static Trigger cron(JobDetail job, String name, String expression) {
        return TriggerBuilder.newTrigger()
                .forJob(job)
                .withIdentity(name)
                .withSchedule(CronScheduleBuilder.cronSchedule(expression)
                        .inTimeZone(SHANGHAI)
                        .withMisfireHandlingInstructionDoNothing())
                .build();
    }
}
