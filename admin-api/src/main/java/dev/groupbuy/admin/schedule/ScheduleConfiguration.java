package dev.groupbuy.admin.schedule;

import dev.groupbuy.adapters.schedule.QuartzAlarms;
import dev.groupbuy.adapters.schedule.QuartzCronCalendar;
import dev.groupbuy.core.announce.GroupAnnouncer;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.schedule.AlarmHandler;
import dev.groupbuy.core.schedule.Alarms;
import dev.groupbuy.core.schedule.CatchUp;
import dev.groupbuy.core.schedule.CreateSchedule;
import dev.groupbuy.core.schedule.CronCalendar;
import dev.groupbuy.core.schedule.DeleteSchedule;
import dev.groupbuy.core.schedule.FireTimes;
import dev.groupbuy.core.schedule.MisfirePolicy;
import dev.groupbuy.core.schedule.PauseSchedule;
import dev.groupbuy.core.schedule.PreviewSchedule;
import dev.groupbuy.core.schedule.ScheduleRepository;
import dev.groupbuy.core.schedule.ScheduleRunner;
import dev.groupbuy.core.schedule.deadline.DeadlineAlarms;
import dev.groupbuy.core.schedule.deadline.DealDeadlines;
import dev.groupbuy.core.schedule.step.GroupSteps;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import org.quartz.Scheduler;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The scheduler: the core's schedule use cases, runner and deal deadlines on Quartz's alarms and cron
 * calendar. On start every alarm is set again from the database and whatever is overdue is done (see
 * {@link CatchUp}); the Quartz jobs are in {@link ScheduledJobsConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ScheduleProperties.class, RetentionProperties.class})
class ScheduleConfiguration {

    @Bean
    CronCalendar cronCalendar() {
        return new QuartzCronCalendar();
    }

    @Bean
    Alarms alarms(Scheduler scheduler, Transactions transactions, Clock clock) {
        return new QuartzAlarms(scheduler, transactions, clock);
    }

    @Bean
    MisfirePolicy misfirePolicy(ScheduleProperties properties) {
        return new MisfirePolicy(properties.misfireGrace());
    }

    @Bean
    DealDeadlines dealDeadlines(Alarms alarms) {
        return new DealDeadlines(alarms);
    }

    @Bean
    ScheduleRunner scheduleRunner(
            ScheduleRepository schedules,
            CronCalendar cron,
            MisfirePolicy misfire,
            Alarms alarms,
            GroupRepository groups,
            UseCases use,
            GroupAnnouncer announcer,
            Transactions transactions,
            Clock clock) {
        return new ScheduleRunner(
                schedules,
                new FireTimes(cron),
                misfire,
                alarms,
                groups,
                new GroupSteps(use, announcer, clock),
                transactions,
                clock);
    }

    @Bean
    DeadlineAlarms deadlineAlarms(UseCases use, Alarms alarms, MisfirePolicy misfire, Clock clock) {
        return new DeadlineAlarms(use, alarms, misfire, clock);
    }

    @Bean
    AlarmHandler alarmHandler(ScheduleRunner runner, DeadlineAlarms deadlines) {
        return new AlarmHandler(runner, deadlines);
    }

    @Bean
    CatchUp catchUp(ScheduleRunner runner, DeadlineAlarms deadlines, DealDeadlines dealDeadlines, UseCases use) {
        return new CatchUp(runner, deadlines, dealDeadlines, use.ports().deals());
    }

    @Bean
    CreateSchedule createSchedule(
            ScheduleRepository schedules,
            GroupRepository groups,
            CronCalendar cron,
            Alarms alarms,
            Transactions transactions,
            Clock clock) {
        return new CreateSchedule(schedules, groups, cron, alarms, transactions, clock);
    }

    @Bean
    PreviewSchedule previewSchedule(GroupRepository groups, CronCalendar cron, Clock clock) {
        return new PreviewSchedule(groups, cron, clock);
    }

    @Bean
    PauseSchedule pauseSchedule(
            ScheduleRepository schedules, CronCalendar cron, Alarms alarms, Transactions transactions, Clock clock) {
        return new PauseSchedule(schedules, cron, alarms, transactions, clock);
    }

    @Bean
    DeleteSchedule deleteSchedule(ScheduleRepository schedules, Alarms alarms, Transactions transactions) {
        return new DeleteSchedule(schedules, alarms, transactions);
    }

    @Bean
    ApplicationRunner catchUpOnStart(CatchUp catchUp) {
        return arguments -> catchUp.onStart();
    }
}
