package dev.groupbuy.adapters.persistence.schedule;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ScheduleRunMapper extends BaseMapper<ScheduleRunDO> {

    default List<ScheduleRunDO> newest(long scheduleId, int limit) {
        return selectList(Wrappers.<ScheduleRunDO>lambdaQuery()
                .eq(ScheduleRunDO::getScheduleId, scheduleId)
                .orderByDesc(ScheduleRunDO::getId)
                .last("LIMIT " + limit));
    }
}
