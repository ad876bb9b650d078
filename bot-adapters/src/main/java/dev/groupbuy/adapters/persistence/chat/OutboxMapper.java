package dev.groupbuy.adapters.persistence.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OutboxMapper extends BaseMapper<OutboxDO> {

    String PENDING = "pending";
    String SENT = "sent";
    String FAILED = "failed";

    default List<OutboxDO> pending(int limit) {
        return selectList(Wrappers.<OutboxDO>lambdaQuery()
                .eq(OutboxDO::getState, PENDING)
                .orderByAsc(OutboxDO::getId)
                .last("LIMIT " + limit));
    }

    default void markSent(long id, Instant at) {
        update(Wrappers.<OutboxDO>lambdaUpdate()
                .set(OutboxDO::getState, SENT)
                .set(OutboxDO::getSentAt, at)
                .eq(OutboxDO::getId, id)
                .eq(OutboxDO::getState, PENDING));
    }

    /**
     * Counts a failed attempt; the message gives up (state failed) at {@code maxAttempts}. The state is
     * assigned before the attempts: MySQL evaluates SET left to right with new values, H2 with old ones.
     */
    default void countFailure(long id, String reason, int maxAttempts) {
        update(Wrappers.<OutboxDO>lambdaUpdate()
                .setSql("state = CASE WHEN attempts + 1 >= " + maxAttempts + " THEN '" + FAILED + "' ELSE '" + PENDING
                        + "' END")
                .setSql("attempts = attempts + 1")
                .set(OutboxDO::getLastError, reason)
                .eq(OutboxDO::getId, id)
                .eq(OutboxDO::getState, PENDING));
    }
}
