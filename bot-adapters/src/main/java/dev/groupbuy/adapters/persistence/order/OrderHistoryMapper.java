package dev.groupbuy.adapters.persistence.order;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

/** Only inserts and reads: the history is append-only. */
@Mapper
interface OrderHistoryMapper extends BaseMapper<OrderHistoryDO> {

    /** Static INSERT (no per-column OGNL tests); the row's id is not read back. */
    @Insert("INSERT INTO order_history (order_id, deal_id, changed_at, actor, action, before_text, after_text,"
            + " inbox_id, door) VALUES (#{orderId}, #{dealId}, #{changedAt}, #{actor}, #{action},"
            + " COALESCE(#{beforeText}, ''), COALESCE(#{afterText}, ''), #{inboxId}, COALESCE(#{door}, 'chat'))")
    int store(OrderHistoryDO row);

    default List<OrderHistoryDO> findByOrder(long orderId) {
        return selectList(Wrappers.<OrderHistoryDO>lambdaQuery()
                .eq(OrderHistoryDO::getOrderId, orderId)
                .orderByAsc(OrderHistoryDO::getId));
    }
}
