package dev.groupbuy.adapters.persistence.schedule;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface ScheduleRunGroupMapper extends BaseMapper<ScheduleRunGroupDO> {

    String PENDING = "pending";

    /** All groups of a run in one statement: a schedule may name a thousand groups. */
    @Insert("<script>INSERT INTO schedule_run_groups (run_id, group_id, outcome, detail, finished_at) VALUES"
            + " <foreach item='g' collection='rows' separator=','>"
            + "(#{g.runId}, #{g.groupId}, #{g.outcome}, #{g.detail}, #{g.finishedAt})</foreach></script>")
    int insertAll(@Param("rows") List<ScheduleRunGroupDO> rows);

    /** The group's outcome, its row locked until the transaction ends: how a group's part is claimed. */
    @Select("SELECT outcome FROM schedule_run_groups WHERE run_id = #{runId} AND group_id = #{groupId} FOR UPDATE")
    String outcomeForUpdate(@Param("runId") long runId, @Param("groupId") long groupId);

    default boolean settle(long runId, long groupId, String outcome, String detail, Instant at, boolean onlyPending) {
        return update(Wrappers.<ScheduleRunGroupDO>lambdaUpdate()
                        .set(ScheduleRunGroupDO::getOutcome, outcome)
                        .set(ScheduleRunGroupDO::getDetail, detail)
                        .set(ScheduleRunGroupDO::getFinishedAt, at)
                        .eq(ScheduleRunGroupDO::getRunId, runId)
                        .eq(ScheduleRunGroupDO::getGroupId, groupId)
                        .eq(onlyPending, ScheduleRunGroupDO::getOutcome, PENDING))
                == 1;
    }

    default List<ScheduleRunGroupDO> findByRuns(Collection<Long> runIds) {
        return selectList(Wrappers.<ScheduleRunGroupDO>lambdaQuery()
                .in(ScheduleRunGroupDO::getRunId, runIds)
                .orderByAsc(ScheduleRunGroupDO::getId));
    }

    /** Ids of runs with a pending group, oldest first, of one schedule or ({@code null}) all. */
    @Select("<script>SELECT DISTINCT g.run_id FROM schedule_run_groups g"
            + "<if test='scheduleId != null'> JOIN schedule_runs r ON r.id = g.run_id</if>"
            + " WHERE g.outcome = 'pending'<if test='scheduleId != null'> AND r.schedule_id = #{scheduleId}</if>"
            + " ORDER BY g.run_id LIMIT #{limit}</script>")
    List<Long> unfinishedRunIds(@Param("scheduleId") Long scheduleId, @Param("limit") int limit);
}
