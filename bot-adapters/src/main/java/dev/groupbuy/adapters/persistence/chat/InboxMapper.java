package dev.groupbuy.adapters.persistence.chat;

import com.baomidou.mybatisplus.core.mapper.BaseMapper;
import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Options;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

@Mapper
interface InboxMapper extends BaseMapper<InboxDO> {

    /** The hot path's INSERT as static SQL (no per-column OGNL tests); sets the row's id. */
    @Insert("INSERT INTO inbox (platform, platform_msg_id, chat_id, sender_id, sender_name, text, mentions,"
            + " chain_owners, reply_platform, reply_chat_id, sent_at, state, detail, received_at, updated_at)"
            + " VALUES (#{platform},"
            + " #{platformMsgId}, #{chatId}, #{senderId}, COALESCE(#{senderName}, ''), #{text},"
            + " COALESCE(#{mentions}, ''), #{chainOwners}, #{replyPlatform}, #{replyChatId}, #{sentAt}, #{state}, #{detail}, #{receivedAt},"
            + " #{updatedAt})")
    @Options(useGeneratedKeys = true, keyProperty = "id", keyColumn = "id")
    int store(InboxDO row);

    /** Moves an unfinished entry on; 0 rows when it was finished already. */
    @Update("UPDATE inbox SET state = #{state}, detail = #{detail}, updated_at = #{at} WHERE id = #{id}"
            + " AND state IN ('received', 'processing')")
    int markState(
            @Param("id") long id,
            @Param("state") String state,
            @Param("detail") String detail,
            @Param("at") Instant at);

    /** Index range of {@code ix_inbox_chat_state}. */
    @Select("SELECT id FROM inbox WHERE platform = #{platform} AND chat_id = #{chatId}"
            + " AND state IN ('received', 'processing') AND id <= #{upTo} ORDER BY id LIMIT #{limit}")
    List<Long> unfinishedIds(
            @Param("platform") String platform,
            @Param("chatId") String chatId,
            @Param("upTo") long upTo,
            @Param("limit") int limit);

    /** Scans only the unfinished entries ({@code ix_inbox_state}); fills platform and chatId. */
    @Select("SELECT platform, chat_id FROM inbox WHERE state IN ('received', 'processing')"
            + " AND received_at <= #{receivedBy} GROUP BY platform, chat_id ORDER BY MIN(id) LIMIT #{limit}")
    List<InboxDO> waitingChats(@Param("receivedBy") Instant receivedBy, @Param("limit") int limit);

    /** Blanks text, sender name and chain owners of finished messages received before {@code cutoff}. */
    @Update("UPDATE inbox SET text = '', sender_name = '', chain_owners = NULL WHERE received_at < #{cutoff}"
            + " AND state NOT IN ('received', 'processing')"
            + " AND (text <> '' OR sender_name <> '' OR chain_owners IS NOT NULL) LIMIT #{batch}")
    int blankTextBefore(@Param("cutoff") Instant cutoff, @Param("batch") int batch);
}
