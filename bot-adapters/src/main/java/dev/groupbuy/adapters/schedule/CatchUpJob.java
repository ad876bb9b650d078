package dev.groupbuy.adapters.schedule;

import dev.groupbuy.core.schedule.CatchUp;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every minute: whatever is overdue, done (see {@link CatchUp#sweep}). */
@DisallowConcurrentExecution
public class CatchUpJob implements Job {

    private final CatchUp catchUp;

    public CatchUpJob(CatchUp catchUp) {
        this.catchUp = catchUp;
    }

    @Override
    public void execute(JobExecutionContext context) {
        catchUp.sweep();
    }
}
