package dev.groupbuy.adapters.persistence.platform;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Insert;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;
import org.apache.ibatis.annotations.Update;

/** The small platform tables: group channels, member bindings, pull cursors and reply URLs. */
@Mapper
interface PlatformMapper {

    @Select("SELECT m.group_id FROM group_members m JOIN chat_groups g ON g.id = m.group_id"
            + " WHERE g.platform = #{platform} AND m.user_id = #{userId} ORDER BY m.group_id")
    List<Long> groupsWithMember(@Param("platform") String platform, @Param("userId") String userId);

    @Select("SELECT group_id, member_user_id, member_name FROM member_bindings"
            + " WHERE platform = #{platform} AND platform_user_id = #{userId} ORDER BY group_id")
    List<BindingRow> bindings(@Param("platform") String platform, @Param("userId") String userId);

    @Select("SELECT platform_user_id, member_user_id FROM member_bindings"
            + " WHERE platform = #{platform} AND group_id = #{groupId} ORDER BY id")
    List<BoundRow> boundIn(@Param("platform") String platform, @Param("groupId") long groupId);

    @Update("UPDATE member_bindings SET member_user_id = #{memberUserId}, member_name = #{memberName}"
            + " WHERE platform = #{platform} AND platform_user_id = #{userId} AND group_id = #{groupId}")
    int updateBinding(
            @Param("platform") String platform,
            @Param("userId") String userId,
            @Param("groupId") long groupId,
            @Param("memberUserId") String memberUserId,
            @Param("memberName") String memberName);

    @Insert("INSERT INTO member_bindings (platform, platform_user_id, group_id, member_user_id, member_name,"
            + " created_at) VALUES (#{platform}, #{userId}, #{groupId}, #{memberUserId}, #{memberName}, #{at})")
    int insertBinding(
            @Param("platform") String platform,
            @Param("userId") String userId,
            @Param("groupId") long groupId,
            @Param("memberUserId") String memberUserId,
            @Param("memberName") String memberName,
            @Param("at") Instant at);

    @Select("SELECT c.type, c.webhook_key, c.sender_user_id FROM group_channels c"
            + " JOIN chat_groups g ON g.id = c.group_id WHERE g.platform = #{platform} AND g.chat_id = #{chatId}")
    ChannelRow channel(@Param("platform") String platform, @Param("chatId") String chatId);

    @Update("UPDATE group_channels SET type = #{type}, webhook_key = #{webhookKey}, sender_user_id = #{sender}"
            + " WHERE group_id = #{groupId}")
    int updateChannel(
            @Param("groupId") long groupId,
            @Param("type") String type,
            @Param("webhookKey") String webhookKey,
            @Param("sender") String senderUserId);

    @Insert("INSERT INTO group_channels (group_id, type, webhook_key, sender_user_id)"
            + " VALUES (#{groupId}, #{type}, #{webhookKey}, #{sender})")
    int insertChannel(
            @Param("groupId") long groupId,
            @Param("type") String type,
            @Param("webhookKey") String webhookKey,
            @Param("sender") String senderUserId);

    @Select("SELECT position FROM platform_cursors WHERE name = #{name}")
    Long cursor(@Param("name") String name);

    @Update("UPDATE platform_cursors SET position = #{position}, updated_at = #{at} WHERE name = #{name}")
    int updateCursor(@Param("name") String name, @Param("position") long position, @Param("at") Instant at);

    @Insert("INSERT INTO platform_cursors (name, position, updated_at) VALUES (#{name}, #{position}, #{at})")
    int insertCursor(@Param("name") String name, @Param("position") long position, @Param("at") Instant at);

    @Select("SELECT url FROM reply_urls WHERE platform = #{platform} AND chat_id = #{chatId}"
            + " AND message_id = #{messageId} AND expires_at > #{now}")
    String replyUrl(
            @Param("platform") String platform,
            @Param("chatId") String chatId,
            @Param("messageId") String messageId,
            @Param("now") Instant now);

    @Insert("INSERT INTO reply_urls (platform, chat_id, message_id, url, expires_at)"
            + " VALUES (#{platform}, #{chatId}, #{messageId}, #{url}, #{expiresAt})")
    int insertReplyUrl(
            @Param("platform") String platform,
            @Param("chatId") String chatId,
            @Param("messageId") String messageId,
            @Param("url") String url,
            @Param("expiresAt") Instant expiresAt);

    @Update("DELETE FROM reply_urls WHERE expires_at <= #{now}")
    int deleteExpiredReplyUrls(@Param("now") Instant now);

    @Insert("INSERT INTO binding_codes (code, platform, chat_id, expires_at)"
            + " VALUES (#{code}, #{platform}, #{chatId}, #{expiresAt})")
    int insertCode(
            @Param("code") String code,
            @Param("platform") String platform,
            @Param("chatId") String chatId,
            @Param("expiresAt") Instant expiresAt);

    @Select("SELECT platform, chat_id FROM binding_codes WHERE code = #{code} AND expires_at > #{now}")
    CodeRow code(@Param("code") String code, @Param("now") Instant now);

    @Update("DELETE FROM binding_codes WHERE code = #{code}")
    int deleteCode(@Param("code") String code);

    @Update("DELETE FROM binding_codes WHERE expires_at <= #{now}")
    int deleteExpiredCodes(@Param("now") Instant now);

    /** A row of {@code binding_codes}. */
    record CodeRow(String platform, String chatId) {}

    /** A row of {@code member_bindings}. */
    record BindingRow(Long groupId, String memberUserId, String memberName) {}

    /** A row of {@code member_bindings}, seen from the group. */
    record BoundRow(String platformUserId, String memberUserId) {}

    /** A row of {@code group_channels}. */
    record ChannelRow(String type, String webhookKey, String senderUserId) {}
}
