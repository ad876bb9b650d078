package dev.groupbuy.adapters.persistence.chat;

import com.baomidou.mybatisplus.core.conditions.query.LambdaQueryWrapper;
import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import com.baomidou.mybatisplus.core.toolkit.Wrappers;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

@Mapper
interface OutboxMapper extends BaseMapper<OutboxDO> {

    String PENDING = "pending";
    String SENDING = "sending";
    String SENT = "sent";
    String FAILED = "failed";
    String SKIPPED = "skipped";
    List<String> UNFINISHED = List.of(PENDING, SENDING);

    default boolean hasKey(String idempotencyKey) {
        return exists(Wrappers.<OutboxDO>lambdaQuery().eq(OutboxDO::getIdempotencyKey, idempotencyKey));
    }

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

    /** The oldest unfinished message of each chat on the platforms, oldest first, unless it waits for a retry. */
    @Select("<script>SELECT o.* FROM outbox o JOIN (SELECT MIN(id) AS head_id FROM outbox"
            + " WHERE state IN ('pending', 'sending') AND platform IN"
            + " <foreach item='p' collection='platforms' open='(' separator=',' close=')'>#{p}</foreach>"
            + " GROUP BY platform, chat_id ORDER BY head_id LIMIT #{limit}) h ON h.head_id = o.id"
            + " WHERE o.next_attempt_at IS NULL OR o.next_attempt_at &lt;= #{dueBy} ORDER BY o.id</script>")
    List<OutboxDO> heads(
            @Param("platforms") Collection<String> platforms, @Param("dueBy") Instant dueBy, @Param("limit") int limit);

    default OutboxDO head(String platform, String chatId) {
        return selectOne(Wrappers.<OutboxDO>lambdaQuery()
                .eq(OutboxDO::getPlatform, platform)
                .eq(OutboxDO::getChatId, chatId)
                .in(OutboxDO::getState, UNFINISHED)
                .orderByAsc(OutboxDO::getId)
                .last("LIMIT 1"));
    }

    /** Moves the message from one state to the next with the given changes; false when it was not in {@code from}. */
    default boolean move(long id, Collection<String> from, OutboxDO changes) {
        return update(
                        changes,
                        Wrappers.<OutboxDO>lambdaUpdate()
                                .eq(OutboxDO::getId, id)
                                .in(OutboxDO::getState, from))
                == 1;
    }

    /** Back to pending after a transient failure, one more attempt counted. */
    default boolean retryAt(long id, Instant at, String reason) {
        return update(Wrappers.<OutboxDO>lambdaUpdate()
                        .set(OutboxDO::getState, PENDING)
                        .setSql("attempts = attempts + 1")
                        .set(OutboxDO::getNextAttemptAt, at)
                        .set(OutboxDO::getLastError, reason)
                        .eq(OutboxDO::getId, id)
                        .eq(OutboxDO::getState, SENDING))
                == 1;
    }

    /** Newest first; {@code null} filters and an empty state list are not applied. */
    default List<OutboxDO> recent(String platform, String chatId, Collection<String> states, int limit) {
        LambdaQueryWrapper<OutboxDO> query = Wrappers.<OutboxDO>lambdaQuery()
                .eq(platform != null, OutboxDO::getPlatform, platform)
                .eq(chatId != null, OutboxDO::getChatId, chatId)
                .in(!states.isEmpty(), OutboxDO::getState, states)
                .orderByDesc(OutboxDO::getId)
                .last("LIMIT " + limit);
        return selectList(query);
    }
}
