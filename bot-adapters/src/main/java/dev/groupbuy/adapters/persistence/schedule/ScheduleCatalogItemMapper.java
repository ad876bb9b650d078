package dev.groupbuy.adapters.persistence.schedule;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ScheduleCatalogItemMapper extends BaseMapper<ScheduleCatalogItemDO> {

    default List<ScheduleCatalogItemDO> findBySchedules(Collection<Long> scheduleIds) {
        return selectList(Wrappers.<ScheduleCatalogItemDO>lambdaQuery()
                .in(ScheduleCatalogItemDO::getScheduleId, scheduleIds)
                .orderByAsc(ScheduleCatalogItemDO::getScheduleId)
                .orderByAsc(ScheduleCatalogItemDO::getPosition));
    }
}
