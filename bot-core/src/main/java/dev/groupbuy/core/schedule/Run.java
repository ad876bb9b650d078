package dev.groupbuy.core.schedule;

import java.time.Instant;
import java.util.List;

/**
 * One fire time of a schedule and what came of it in each group.
 *
 * @param id {@code null} until stored
 * @param scheduledFor the planned fire time
 * @param firedAt when it ran, or when it was found missed
 * @param skipped missed by more than the grace (or superseded by a later fire time): nothing was done
 * @param reason why it was skipped, else {@code null}
 * @param groups each group's outcome; none stored for a skipped run (every group was skipped)
 */
public record Run(
        Long id,
        long scheduleId,
        Instant scheduledFor,
        Instant firedAt,
        boolean skipped,
        String reason,
        List<GroupRun> groups) {

    public Run {
        groups = groups == null ? List.of() : List.copyOf(groups);
    }

    /** A run about to do its work in the groups, each pending. */
    public static Run starting(Schedule schedule, Instant scheduledFor, Instant now) {
        List<GroupRun> pending = schedule.groupIds().stream()
                .map(groupId -> new GroupRun(groupId, RunOutcome.PENDING, null))
                .toList();
        return new Run(null, schedule.id(), scheduledFor, now, false, null, pending);
    }

    public static Run skipped(Schedule schedule, Instant scheduledFor, Instant now, String reason) {
        return new Run(null, schedule.id(), scheduledFor, now, true, reason, List.of());
    }

    /** @param detail what was done or why not, short, without chat text */
    public record GroupRun(long groupId, RunOutcome outcome, String detail) {}
}
