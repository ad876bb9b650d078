package dev.groupbuy.adapters.persistence.schedule;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ScheduleGroupMapper extends BaseMapper<ScheduleGroupDO> {

    default List<ScheduleGroupDO> findBySchedules(Collection<Long> scheduleIds) {
        return selectList(Wrappers.<ScheduleGroupDO>lambdaQuery()
                .in(ScheduleGroupDO::getScheduleId, scheduleIds)
                .orderByAsc(ScheduleGroupDO::getScheduleId)
                .orderByAsc(ScheduleGroupDO::getPosition));
    }
}
