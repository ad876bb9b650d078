package dev.groupbuy.adapters.persistence.order;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** Only inserts and reads: the history is append-only. */
@Mapper
interface OrderHistoryMapper extends BaseMapper<OrderHistoryDO> {

    default List<OrderHistoryDO> findByOrder(long orderId) {
        return selectList(Wrappers.<OrderHistoryDO>lambdaQuery()
                .eq(OrderHistoryDO::getOrderId, orderId)
                .orderByAsc(OrderHistoryDO::getId));
    }
}
