package dev.groupbuy.adapters.persistence.schedule;

import static java.util.stream.Collectors.groupingBy;

import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.RunOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Maps runs and their groups to and from their rows. */
final class RunRows {

    private RunRows() {}

    static ScheduleRunDO toRow(long scheduleId, Run run) {
        ScheduleRunDO row = new ScheduleRunDO();
        row.setScheduleId(scheduleId);
        row.setScheduledFor(run.scheduledFor());
        row.setFiredAt(run.firedAt());
        row.setSkipped(run.skipped());
        row.setReason(run.reason());
        return row;
    }

    static List<ScheduleRunGroupDO> groupRows(long runId, Run run, Instant now) {
        return run.groups().stream()
                .map(group -> {
                    ScheduleRunGroupDO row = new ScheduleRunGroupDO();
                    row.setRunId(runId);
                    row.setGroupId(group.groupId());
                    row.setOutcome(group.outcome().wireName());
                    row.setDetail(group.detail());
                    row.setFinishedAt(group.outcome() == RunOutcome.PENDING ? null : now);
                    return row;
                })
                .toList();
    }

    /** The runs with their groups, in the order given. */
    static List<Run> assemble(List<ScheduleRunDO> runs, List<ScheduleRunGroupDO> groups) {
        Map<Long, List<ScheduleRunGroupDO>> byRun = groups.stream().collect(groupingBy(ScheduleRunGroupDO::getRunId));
        return runs.stream()
                .map(run -> new Run(
                        run.getId(),
                        run.getScheduleId(),
                        run.getScheduledFor(),
                        run.getFiredAt(),
                        Boolean.TRUE.equals(run.getSkipped()),
                        run.getReason(),
                        byRun.getOrDefault(run.getId(), List.of()).stream()
                                .map(g -> new Run.GroupRun(
                                        g.getGroupId(), RunOutcome.fromWireName(g.getOutcome()), g.getDetail()))
                                .toList()))
                .toList();
    }
}
