package dev.groupbuy.core.testing;

import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.RunOutcome;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduleRepository;
import dev.groupbuy.core.schedule.ScheduleStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ScheduleRepository} in memory, thread-safe. Without real transactions, a claimed group stays claimed
 * (as if its transaction held the row) until it is settled.
 */
public final class InMemoryScheduleRepository implements ScheduleRepository {

    private final Map<Long, Schedule> schedules = new LinkedHashMap<>();
    private final Map<Long, Run> runs = new LinkedHashMap<>();
    private final java.util.Set<String> claimed = new java.util.HashSet<>();
    private long nextScheduleId = 1;
    private long nextRunId = 1;

    @Override
    public synchronized Schedule create(Schedule schedule) {
        Schedule stored = schedule.withId(nextScheduleId++);
        schedules.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<Schedule> findById(long id) {
        return Optional.ofNullable(schedules.get(id));
    }

    @Override
    public synchronized List<Schedule> findAll() {
        return schedules.values().stream()
                .sorted(Comparator.comparing(Schedule::id).reversed())
                .toList();
    }

    @Override
    public synchronized List<Long> dueBy(Instant at) {
        return schedules.values().stream()
                .filter(s -> s.isActive()
                        && s.nextFireAt() != null
                        && !s.nextFireAt().isAfter(at))
                .map(Schedule::id)
                .toList();
    }

    @Override
    public synchronized boolean changeStatus(
            long id, ScheduleStatus expected, ScheduleStatus next, Instant nextFireAt) {
        Schedule current = schedules.get(id);
        if (current == null || current.status() != expected) {
            return false;
        }
        schedules.put(id, with(current, next, nextFireAt));
        return true;
    }

    @Override
    public synchronized void delete(long id) {
        schedules.remove(id);
        runs.values().removeIf(run -> run.scheduleId() == id);
    }

    @Override
    public synchronized Optional<Long> takeFire(long scheduleId, Instant due, Instant next, Run run) {
        Schedule current = schedules.get(scheduleId);
        if (current == null || !current.isActive() || !Objects.equals(current.nextFireAt(), due)) {
            return Optional.empty();
        }
        schedules.put(scheduleId, with(current, next == null ? ScheduleStatus.FINISHED : ScheduleStatus.ACTIVE, next));
        long id = nextRunId++;
        runs.put(
                id,
                new Run(id, scheduleId, run.scheduledFor(), run.firedAt(), run.skipped(), run.reason(), run.groups()));
        return Optional.of(id);
    }

    @Override
    public synchronized boolean claimGroup(long runId, long groupId) {
        return outcome(runId, groupId) == RunOutcome.PENDING && claimed.add(runId + "/" + groupId);
    }

    @Override
    public synchronized void settleGroup(long runId, long groupId, RunOutcome outcome, String detail) {
        Run run = runs.get(runId);
        if (run == null) {
            return;
        }
        claimed.remove(runId + "/" + groupId);
        List<Run.GroupRun> groups = new ArrayList<>();
        for (Run.GroupRun group : run.groups()) {
            groups.add(group.groupId() == groupId ? new Run.GroupRun(groupId, outcome, detail) : group);
        }
        runs.put(
                runId,
                new Run(
                        runId,
                        run.scheduleId(),
                        run.scheduledFor(),
                        run.firedAt(),
                        run.skipped(),
                        run.reason(),
                        groups));
    }

    @Override
    public synchronized boolean settleIfPending(long runId, long groupId, RunOutcome outcome, String detail) {
        if (outcome(runId, groupId) != RunOutcome.PENDING) {
            return false;
        }
        settleGroup(runId, groupId, outcome, detail);
        return true;
    }

    @Override
    public synchronized List<Run> runs(long scheduleId, int limit) {
        return runs.values().stream()
                .filter(run -> run.scheduleId() == scheduleId)
                .sorted(Comparator.comparing(Run::id).reversed())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Run> unfinishedRuns(Long scheduleId, int limit) {
        return runs.values().stream()
                .filter(run -> scheduleId == null || run.scheduleId() == scheduleId)
                .filter(run -> run.groups().stream().anyMatch(g -> g.outcome() == RunOutcome.PENDING))
                .limit(limit)
                .toList();
    }

    private RunOutcome outcome(long runId, long groupId) {
        Run run = runs.get(runId);
        return run == null
                ? null
                : run.groups().stream()
                        .filter(g -> g.groupId() == groupId)
                        .map(Run.GroupRun::outcome)
                        .findFirst()
                        .orElse(null);
    }

    private static Schedule with(Schedule s, ScheduleStatus status, Instant nextFireAt) {
        return new Schedule(s.id(), s.name(), s.groupIds(), s.trigger(), s.action(), status, nextFireAt, s.createdAt());
    }
}
