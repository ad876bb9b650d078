package dev.groupbuy.core.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: schedules and their runs. Taking a fire time and a group's part of a run are conditional writes, so
 * of several instances exactly one does each.
 */
public interface ScheduleRepository {

    /** Stores a new schedule (its id is ignored) and returns it with the id assigned. */
    Schedule create(Schedule schedule);

    Optional<Schedule> findById(long id);

    /** Newest first. */
    List<Schedule> findAll();

    /** Ids of the active schedules whose next fire time is {@code at} or earlier. */
    List<Long> dueBy(Instant at);

    /** @return false when the schedule is not in status {@code expected} (or gone) */
    boolean changeStatus(long id, ScheduleStatus expected, ScheduleStatus next, Instant nextFireAt);

    void delete(long id);

    /**
     * Takes the fire time {@code due}: moves the schedule's next fire time on to {@code next} ({@code null}:
     * finished) and stores {@code run} — one transaction. Empty, and nothing stored, when the schedule is not
     * active with {@code due} as its next fire time any more: another instance took it, or it was paused,
     * moved or deleted.
     *
     * @return the stored run's id
     */
    Optional<Long> takeFire(long scheduleId, Instant due, Instant next, Run run);

    /**
     * Claims a group's part of a run for the current transaction; false when it is not pending (another
     * instance did it). Call inside the transaction that does the work and {@link #settleGroup}s it.
     */
    boolean claimGroup(long runId, long groupId);

    void settleGroup(long runId, long groupId, RunOutcome outcome, String detail);

    /** Settles a group still pending (outside the failed work's transaction); false when it was not. */
    boolean settleIfPending(long runId, long groupId, RunOutcome outcome, String detail);

    /** A schedule's runs, newest first, with each group's outcome. */
    List<Run> runs(long scheduleId, int limit);

    /** Runs with groups still pending, oldest first, of one schedule or ({@code null}) all: work a crash cut short. */
    List<Run> unfinishedRuns(Long scheduleId, int limit);
}
