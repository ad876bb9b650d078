package dev.groupbuy.adapters.persistence.deal;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Only inserts and reads: the history is append-only. */
@Mapper
interface DealHistoryMapper extends BaseMapper<DealHistoryDO> {

    default List<DealHistoryDO> findByDeal(long dealId) {
        return selectList(Wrappers.<DealHistoryDO>lambdaQuery()
                .eq(DealHistoryDO::getDealId, dealId)
                .orderByAsc(DealHistoryDO::getId));
    }
}
