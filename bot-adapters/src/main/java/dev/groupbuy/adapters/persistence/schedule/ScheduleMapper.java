package dev.groupbuy.adapters.persistence.schedule;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ScheduleMapper extends BaseMapper<ScheduleDO> {

    String ACTIVE = "active";

    /** Status and next fire time in one UPDATE guarded by the expected status; false when it was not. */
    default boolean changeStatus(long id, String expected, String next, Instant nextFireAt, Instant at) {
        return update(Wrappers.<ScheduleDO>lambdaUpdate()
                        .set(ScheduleDO::getStatus, next)
                        .set(ScheduleDO::getNextFireAt, nextFireAt)
                        .set(ScheduleDO::getUpdatedAt, at)
                        .eq(ScheduleDO::getId, id)
                        .eq(ScheduleDO::getStatus, expected))
                == 1;
    }

    /** Moves an active schedule's next fire time from {@code due} on; false when it is not {@code due} any more. */
    default boolean takeFire(long id, Instant due, Instant next, String status, Instant at) {
        return update(Wrappers.<ScheduleDO>lambdaUpdate()
                        .set(ScheduleDO::getNextFireAt, next)
                        .set(ScheduleDO::getStatus, status)
                        .set(ScheduleDO::getUpdatedAt, at)
                        .eq(ScheduleDO::getId, id)
                        .eq(ScheduleDO::getStatus, ACTIVE)
                        .eq(ScheduleDO::getNextFireAt, due))
                == 1;
    }
}
