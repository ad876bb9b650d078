package dev.groupbuy.adapters.persistence.schedule;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.RunOutcome;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduleRepository;
import dev.groupbuy.core.schedule.ScheduleStatus;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link ScheduleRepository} on the {@code schedules} tables. A fire time is taken by one UPDATE guarded by
 * the expected next fire time; a group's part of a run is claimed by locking its row (SELECT … FOR UPDATE)
 * in the transaction that does the work.
 */
class SchedulePersistenceAdapter implements ScheduleRepository {

    private static final int DETAIL_LENGTH = 500;

    private final ScheduleTables tables;
    private final Transactions transactions;
    private final Clock clock;

    SchedulePersistenceAdapter(ScheduleTables tables, Transactions transactions, Clock clock) {
        this.tables = tables;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public Schedule create(Schedule schedule) {
        return transactions.inTransaction(() -> {
            ScheduleDO row = ScheduleRows.toRow(schedule, clock.instant());
            tables.schedules().insert(row);
            long id = row.getId();
            for (int position = 0; position < schedule.groupIds().size(); position++) {
                ScheduleGroupDO group = new ScheduleGroupDO();
                group.setScheduleId(id);
                group.setGroupId(schedule.groupIds().get(position));
                group.setPosition(position);
                tables.groups().insert(group);
            }
            if (schedule.action() instanceof ScheduledAction.OpenDeal open) {
                for (int position = 0; position < open.catalog().size(); position++) {
                    tables.catalog()
                            .insert(ScheduleRows.toRow(
                                    id, position, open.catalog().get(position)));
                }
            }
            return schedule.withId(id);
        });
    }

    @Override
    public Optional<Schedule> findById(long id) {
        ScheduleDO row = tables.schedules().selectById(id);
        return row == null
                ? Optional.empty()
                : Optional.of(assemble(List.of(row)).get(0));
    }

    @Override
    public List<Schedule> findAll() {
        List<ScheduleDO> rows =
                tables.schedules().selectList(Wrappers.<ScheduleDO>lambdaQuery().orderByDesc(ScheduleDO::getId));
        return rows.isEmpty() ? List.of() : assemble(rows);
    }

    @Override
    public List<Long> dueBy(Instant at) {
        return tables
                .schedules()
                .selectList(Wrappers.<ScheduleDO>lambdaQuery()
                        .select(ScheduleDO::getId)
                        .eq(ScheduleDO::getStatus, ScheduleMapper.ACTIVE)
                        .le(ScheduleDO::getNextFireAt, at)
                        .orderByAsc(ScheduleDO::getNextFireAt))
                .stream()
                .map(ScheduleDO::getId)
                .toList();
    }

    @Override
    public boolean changeStatus(long id, ScheduleStatus expected, ScheduleStatus next, Instant nextFireAt) {
        return tables.schedules().changeStatus(id, expected.wireName(), next.wireName(), nextFireAt, clock.instant());
    }

    @Override
    public void delete(long id) {
        tables.schedules().deleteById(id);
    }

    @Override
    public Optional<Long> takeFire(long scheduleId, Instant due, Instant next, Run run) {
        return transactions.inTransaction(() -> {
            ScheduleStatus status = next == null ? ScheduleStatus.FINISHED : ScheduleStatus.ACTIVE;
            if (!tables.schedules().takeFire(scheduleId, due, next, status.wireName(), clock.instant())) {
                return Optional.empty();
            }
            ScheduleRunDO row = RunRows.toRow(scheduleId, run);
            tables.runs().insert(row);
            List<ScheduleRunGroupDO> groups = RunRows.groupRows(row.getId(), run, clock.instant());
            if (!groups.isEmpty()) {
                tables.runGroups().insertAll(groups);
            }
            return Optional.of(row.getId());
        });
    }

    @Override
    public boolean claimGroup(long runId, long groupId) {
        return RunOutcome.PENDING.wireName().equals(tables.runGroups().outcomeForUpdate(runId, groupId));
    }

    @Override
    public void settleGroup(long runId, long groupId, RunOutcome outcome, String detail) {
        tables.runGroups().settle(runId, groupId, outcome.wireName(), truncated(detail), clock.instant(), false);
    }

    @Override
    public boolean settleIfPending(long runId, long groupId, RunOutcome outcome, String detail) {
        return tables.runGroups().settle(runId, groupId, outcome.wireName(), truncated(detail), clock.instant(), true);
    }

    @Override
    public List<Run> runs(long scheduleId, int limit) {
        return withGroups(tables.runs().newest(scheduleId, limit));
    }

    @Override
    public List<Run> unfinishedRuns(Long scheduleId, int limit) {
        List<Long> ids = tables.runGroups().unfinishedRunIds(scheduleId, limit);
        return ids.isEmpty() ? List.of() : withGroups(tables.runs().selectByIds(ids));
    }

    private List<Run> withGroups(List<ScheduleRunDO> runs) {
        if (runs.isEmpty()) {
            return List.of();
        }
        return RunRows.assemble(
                runs,
                tables.runGroups()
                        .findByRuns(runs.stream().map(ScheduleRunDO::getId).toList()));
    }

    private List<Schedule> assemble(List<ScheduleDO> rows) {
        List<Long> ids = rows.stream().map(ScheduleDO::getId).toList();
        Map<Long, List<Long>> groupIds = tables.groups().findBySchedules(ids).stream()
                .collect(groupingBy(ScheduleGroupDO::getScheduleId, mapping(ScheduleGroupDO::getGroupId, toList())));
        Map<Long, List<CatalogItem>> catalogs = tables.catalog().findBySchedules(ids).stream()
                .collect(groupingBy(ScheduleCatalogItemDO::getScheduleId, mapping(ScheduleRows::toItem, toList())));
        return rows.stream()
                .map(row -> ScheduleRows.toSchedule(
                        row,
                        groupIds.getOrDefault(row.getId(), List.of()),
                        catalogs.getOrDefault(row.getId(), List.of())))
                .toList();
    }

    private static String truncated(String detail) {
        return detail == null || detail.length() <= DETAIL_LENGTH ? detail : detail.substring(0, DETAIL_LENGTH);
    }
}
