package dev.groupbuy.adapters.persistence.order;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OrderItemMapper extends BaseMapper<OrderItemDO> {

    /** Static INSERT (no per-column OGNL tests); the row's id is not read back. */
    @Insert("INSERT INTO order_items (order_id, sku, qty) VALUES (#{orderId}, #{sku}, #{qty})")
    int store(OrderItemDO row);

    default List<OrderItemDO> findByOrder(long orderId) {
        return selectList(Wrappers.<OrderItemDO>lambdaQuery()
                .eq(OrderItemDO::getOrderId, orderId)
                .orderByAsc(OrderItemDO::getId));
    }

    default List<OrderItemDO> findByDeal(long dealId) {
        return selectList(Wrappers.<OrderItemDO>lambdaQuery()
                .inSql(OrderItemDO::getOrderId, "SELECT id FROM orders WHERE deal_id = " + dealId)
                .orderByAsc(OrderItemDO::getId));
    }

    default void deleteByOrder(long orderId) {
        delete(Wrappers.<OrderItemDO>lambdaQuery().eq(OrderItemDO::getOrderId, orderId));
    }
}
