package dev.groupbuy.adapters.schedule;

import dev.groupbuy.core.retention.ChatTextRetention;
import java.util.logging.Logger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Every night: chat text older than the retention period, blanked (see {@link ChatTextRetention}). */
@DisallowConcurrentExecution
public class ChatTextRetentionJob implements Job {

    private static final Logger LOG = Logger.getLogger(ChatTextRetentionJob.class.getName());

    private final ChatTextRetention retention;

    public ChatTextRetentionJob(ChatTextRetention retention) {
        this.retention = retention;
    }

    @Override
    public void execute(JobExecutionContext context) {
        int blanked = retention.blankExpired();
        LOG.info(() -> "chat text retention: " + blanked + " inbox entries blanked");
    }
}
