package dev.groupbuy.adapters.persistence.deal;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface DealMapper extends BaseMapper<DealDO> {

    /** Newest first; a {@code null} filter is not applied. */
    default List<DealDO> find(Long groupId, String status) {
        if (groupId != null && status != null) {
            return findInGroup(groupId, status);
        }
        LambdaQueryWrapper<DealDO> query = Wrappers.<DealDO>lambdaQuery()
                .eq(status != null, DealDO::getStatus, status)
                .orderByDesc(DealDO::getCreatedAt)
                .orderByDesc(DealDO::getId);
        if (groupId != null) {
            query.inSql(DealDO::getId, "SELECT deal_id FROM deal_groups WHERE group_id = " + groupId.longValue());
        }
        return selectList(query);
    }

    /** The hot path's query (the chain router's, on every message) as static SQL: no wrapper, no OGNL. */
    @Select("SELECT d.id, d.title, d.status, d.closes_at, d.pickup, d.delivery_date, d.created_at, d.updated_at,"
            + " d.remind_before_minutes FROM deals d"
            + " JOIN deal_groups g ON g.deal_id = d.id WHERE g.group_id = #{groupId} AND d.status = #{status}"
            + " ORDER BY d.created_at DESC, d.id DESC")
    List<DealDO> findInGroup(@Param("groupId") long groupId, @Param("status") String status);

    /** One conditional UPDATE, so two racing callers cannot both move the deal. */
    default boolean changeStatus(long id, String expected, String next, Instant at) {
        return update(Wrappers.<DealDO>lambdaUpdate()
                        .set(DealDO::getStatus, next)
                        .set(DealDO::getUpdatedAt, at)
                        .setSql("state_version = state_version + 1")
                        .eq(DealDO::getId, id)
                        .eq(DealDO::getStatus, expected))
                == 1;
    }

    /** Status, cut-off, reminder and pickup in one conditional UPDATE, guarded like {@link #changeStatus}. */
    default boolean saveState(
            long id, String expected, String next, Instant closesAt, Integer remindBefore, String pickup, Instant at) {
        return update(Wrappers.<DealDO>lambdaUpdate()
                        .set(DealDO::getStatus, next)
                        .set(DealDO::getClosesAt, closesAt)
                        .set(DealDO::getRemindBeforeMinutes, remindBefore)
                        .set(DealDO::getPickup, pickup)
                        .set(DealDO::getUpdatedAt, at)
                        .setSql("state_version = state_version + 1")
                        .eq(DealDO::getId, id)
                        .eq(DealDO::getStatus, expected))
                == 1;
    }

    /** Sets the delivery date (not the state version: sign-ups do not depend on it); rows changed. */
    default boolean saveDeliveryDate(long id, LocalDate deliveryDate, Instant at) {
        return update(Wrappers.<DealDO>lambdaUpdate()
                        .set(DealDO::getDeliveryDate, deliveryDate)
                        .set(DealDO::getUpdatedAt, at)
                        .eq(DealDO::getId, id))
                == 1;
    }

    /** Deals delivered between the days (both included), by delivery date then id. */
    default List<DealDO> findDelivered(LocalDate from, LocalDate to) {
        return selectList(Wrappers.<DealDO>lambdaQuery()
                .between(DealDO::getDeliveryDate, from, to)
                .orderByAsc(DealDO::getDeliveryDate)
                .orderByAsc(DealDO::getId));
    }

    /** Deals without a delivery date created in {@code [from, to)}, by id. */
    default List<DealDO> findUndated(Instant from, Instant to) {
        return selectList(Wrappers.<DealDO>lambdaQuery()
                .isNull(DealDO::getDeliveryDate)
                .ge(DealDO::getCreatedAt, from)
                .lt(DealDO::getCreatedAt, to)
                .orderByAsc(DealDO::getId));
    }

    /** The deal's state version, or {@code null} for an unknown deal. */
    @Select("SELECT state_version FROM deals WHERE id = #{id}")
    Long stateVersion(@Param("id") long id);

    /** Moves the state version on by one if it is still {@code expected}; the number of rows changed. */
    @Update("UPDATE deals SET state_version = state_version + 1 WHERE id = #{id} AND state_version = #{expected}")
    int advanceStateVersion(@Param("id") long id, @Param("expected") long expected);
}
