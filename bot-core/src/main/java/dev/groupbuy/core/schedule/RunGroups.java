package dev.groupbuy.core.schedule;

import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.schedule.step.GroupSteps;
import dev.groupbuy.core.schedule.step.StepContext;
import dev.groupbuy.core.schedule.step.StepResult;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A run's work, group by group, each exactly once: in one transaction the group's part is claimed (still
 * pending?), the step runs (its messages go to the outbox) and its outcome is recorded. A crash rolls all of
 * it back and leaves the group pending for {@link ScheduleRunner#resumeUnfinished}; a step that throws is
 * rolled back and recorded failed. A group reached later than the misfire grace is skipped.
 */
final class RunGroups {

    private static final Logger LOG = Logger.getLogger(RunGroups.class.getName());

    private final ScheduleRepository schedules;
    private final GroupRepository groups;
    private final GroupSteps steps;
    private final MisfirePolicy misfire;
    private final Transactions transactions;
    private final Clock clock;

    RunGroups(
            ScheduleRepository schedules,
            GroupRepository groups,
            GroupSteps steps,
            MisfirePolicy misfire,
            Transactions transactions,
            Clock clock) {
        this.schedules = schedules;
        this.groups = groups;
        this.steps = steps;
        this.misfire = misfire;
        this.transactions = transactions;
        this.clock = clock;
    }

    void run(long runId, Schedule schedule, Instant scheduledFor, long groupId) {
        try {
            transactions.inTransaction(() -> {
                if (schedules.claimGroup(runId, groupId)) {
                    StepResult result = step(schedule, scheduledFor, groupId);
                    schedules.settleGroup(runId, groupId, result.outcome(), result.detail());
                }
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "schedule " + schedule.id() + " failed in group " + groupId, e);
            schedules.settleIfPending(
                    runId, groupId, RunOutcome.FAILED, e.getClass().getSimpleName());
        }
    }

    private StepResult step(Schedule schedule, Instant scheduledFor, long groupId) {
        Instant now = clock.instant();
        if (misfire.tooLate(scheduledFor, now)) {
            return new StepResult(RunOutcome.SKIPPED, misfire.skipReason(scheduledFor, now));
        }
        return groups.findById(groupId)
                .map(group -> steps.run(new StepContext(schedule, scheduledFor, group)))
                .orElseGet(() -> new StepResult(RunOutcome.REFUSED, "group " + groupId + " does not exist"));
    }
}
