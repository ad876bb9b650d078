package dev.groupbuy.adapters.persistence.order;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OrderMapper extends BaseMapper<OrderDO> {

    default List<OrderDO> findByDeal(long dealId) {
        return selectList(
                Wrappers.<OrderDO>lambdaQuery().eq(OrderDO::getDealId, dealId).orderByAsc(OrderDO::getId));
    }

    /**
     * One UPDATE guarded by the version the caller read; bumps the version.
     *
     * @return false when the stored version is not {@code row.getVersion()} any more
     */
    default boolean updateIfVersion(OrderDO row) {
        return update(Wrappers.<OrderDO>lambdaUpdate()
                        .set(OrderDO::getName, row.getName())
                        .set(OrderDO::getMemberId, row.getMemberId())
                        .set(OrderDO::getStatus, row.getStatus())
                        .set(OrderDO::getSeq, row.getSeq())
                        .set(OrderDO::getLine, row.getLine())
                        .set(OrderDO::getUpdatedAt, row.getUpdatedAt())
                        .setSql("version = version + 1")
                        .eq(OrderDO::getId, row.getId())
                        .eq(OrderDO::getVersion, row.getVersion()))
                == 1;
    }
}
