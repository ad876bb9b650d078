package dev.groupbuy.adapters.persistence.order;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;

@Mapper
interface OrderMapper extends BaseMapper<OrderDO> {

    /** The hot path's INSERT as static SQL (no per-column OGNL tests); sets the row's id. */
    @Insert("INSERT INTO orders (deal_id, group_id, name, member_id, status, seq, line, note, payment_status,"
            + " version, created_at, updated_at) VALUES (#{dealId}, #{groupId}, #{name}, #{memberId}, #{status},"
            + " #{seq}, COALESCE(#{line}, ''), COALESCE(#{note}, ''), COALESCE(#{paymentStatus}, 'unpaid'),"
            + " #{version}, #{createdAt}, #{updatedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int store(OrderDO row);

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
                        .set(OrderDO::getNote, row.getNote() == null ? "" : row.getNote())
                        .set(
                                OrderDO::getPaymentStatus,
                                row.getPaymentStatus() == null ? "unpaid" : row.getPaymentStatus())
                        .set(OrderDO::getUpdatedAt, row.getUpdatedAt())
                        .setSql("version = version + 1")
                        .eq(OrderDO::getId, row.getId())
                        .eq(OrderDO::getVersion, row.getVersion()))
                == 1;
    }
}
