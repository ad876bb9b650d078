package dev.groupbuy.adapters.schedule;

import dev.groupbuy.core.schedule.Alarm;
import dev.groupbuy.core.schedule.AlarmHandler;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobDataMap;
import org.quartz.JobExecutionContext;

/** An alarm ringing: hands it to the core's {@link AlarmHandler}. */
@DisallowConcurrentExecution
public class AlarmJob implements Job {

    private final AlarmHandler handler;

    public AlarmJob(AlarmHandler handler) {
        this.handler = handler;
    }

    @Override
    public void execute(JobExecutionContext context) {
        JobDataMap data = context.getMergedJobDataMap();
        handler.ring(
                new Alarm(Alarm.Kind.fromWireName(data.getString(QuartzAlarms.KIND)), data.getLong(QuartzAlarms.ID)));
    }
}
