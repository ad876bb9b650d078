package dev.groupbuy.adapters.persistence.deal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface DealGroupMapper extends BaseMapper<DealGroupDO> {

    default List<DealGroupDO> findByDeals(Collection<Long> dealIds) {
        return selectList(Wrappers.<DealGroupDO>lambdaQuery()
                .in(DealGroupDO::getDealId, dealIds)
                .orderByAsc(DealGroupDO::getGroupId));
    }
}
