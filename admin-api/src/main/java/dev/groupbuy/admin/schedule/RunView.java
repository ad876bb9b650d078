package dev.groupbuy.admin.schedule;

import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.RunOutcome;
import java.time.Instant;
import java.util.List;

/**
 * One fire time of a schedule: when it was planned for, when it ran (or was found missed) and each group's
 * outcome ({@code done}, {@code nothing}, {@code refused}, {@code failed}, {@code skipped}, or {@code pending}
 * while under way).
 */
record RunView(Instant firedAt, Instant scheduledFor, boolean skipped, String reason, List<GroupOutcome> groups) {

    static RunView of(Run run, List<Long> scheduleGroups) {
        List<GroupOutcome> groups = run.skipped()
                ? scheduleGroups.stream()
                        .map(groupId -> new GroupOutcome(groupId, RunOutcome.SKIPPED.wireName(), run.reason()))
                        .toList()
                : run.groups().stream()
                        .map(g -> new GroupOutcome(g.groupId(), g.outcome().wireName(), g.detail()))
                        .toList();
        return new RunView(run.firedAt(), run.scheduledFor(), run.skipped(), run.reason(), groups);
    }

    record GroupOutcome(long groupId, String outcome, String detail) {}
}
