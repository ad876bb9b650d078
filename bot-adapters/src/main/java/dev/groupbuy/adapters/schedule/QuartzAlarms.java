package dev.groupbuy.adapters.schedule;

import dev.groupbuy.core.schedule.Alarm;
import dev.groupbuy.core.schedule.Alarms;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

/**
 * {@link Alarms} kept by Quartz in its JDBC job store: one durable job per alarm ({@link AlarmJob}, asking for
 * recovery, so an instance dying while it runs hands it to another), one one-shot trigger at its time
 * (misfire: fire now — the core decides whether that is too late). Clustered in {@code prod}, each ring
 * happens on one instance. Changes join the caller's transaction (Quartz shares the data source), so an
 * alarm is set exactly when the deal or schedule that needs it is stored.
 *
 * <p>The delay until the alarm is measured on the application's clock, then counted on Quartz's: the same
 * thing in production; in tests on a moved clock, no alarm rings because the test clock is behind the wall.
 */
public class QuartzAlarms implements Alarms {

    static final String GROUP = "alarms";
    static final String KIND = "kind";
    static final String ID = "id";
    private static final String AT = "at";

    private final Scheduler scheduler;
    private final Transactions transactions;
    private final Clock clock;

    public QuartzAlarms(Scheduler scheduler, Transactions transactions, Clock clock) {
        this.scheduler = scheduler;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void set(Alarm alarm, Instant at) {
        transactions.inTransaction(() -> quartz(() -> {
            JobKey job = JobKey.jobKey(alarm.key(), GROUP);
            List<? extends Trigger> existing = scheduler.getTriggersOfJob(job);
            if (existing.stream()
                    .anyMatch(t -> at.toString().equals(t.getJobDataMap().getString(AT)))) {
                return;
            }
            scheduler.addJob(jobOf(alarm, job), true);
            for (Trigger old : existing) {
                scheduler.unscheduleJob(old.getKey());
            }
            scheduler.scheduleJob(triggerOf(alarm, job, at));
        }));
    }

    @Override
    public void cancel(Alarm alarm) {
        transactions.inTransaction(() -> quartz(() -> scheduler.deleteJob(JobKey.jobKey(alarm.key(), GROUP))));
    }

    private static JobDetail jobOf(Alarm alarm, JobKey key) {
        return JobBuilder.newJob(AlarmJob.class)
                .withIdentity(key)
                .usingJobData(KIND, alarm.kind().wireName())
                .usingJobData(ID, alarm.id())
                .storeDurably()
                .requestRecovery()
                .build();
    }

    private Trigger triggerOf(Alarm alarm, JobKey job, Instant at) {
        long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
        return TriggerBuilder.newTrigger()
                .withIdentity(alarm.key() + "@" + at.toEpochMilli(), GROUP)
                .forJob(job)
                .usingJobData(AT, at.toString())
                .startAt(new Date(System.currentTimeMillis() + delay))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
    }

    private interface QuartzWork {
        void run() throws SchedulerException;
    }

    private static void quartz(QuartzWork work) {
        try {
            work.run();
        } catch (SchedulerException e) {
            throw new IllegalStateException("Quartz could not keep an alarm: " + e.getMessage(), e);
        }
    }
}
