package dev.groupbuy.adapters.persistence.sandbox;

import java.time.Instant;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.apache.ibatis.annotations.Select;

/** The latest messages of a sandbox chat, each side newest first. */
@Mapper
interface SandboxTranscriptMapper {

    /** Index range of {@code ix_inbox_chat_state} (platform, chat id). */
    @Select("SELECT sender_id, sender_name, text, received_at AS said_at FROM inbox"
            + " WHERE platform = #{platform} AND chat_id = #{chatId} ORDER BY id DESC LIMIT #{limit}")
    List<Said> residentsSaid(
            @Param("platform") String platform, @Param("chatId") String chatId, @Param("limit") int limit);

    /** Index range of {@code ix_sandbox_posts_chat}. */
    @Select("SELECT text, posted_at AS said_at FROM sandbox_posts WHERE chat_id = #{chatId} ORDER BY id DESC"
            + " LIMIT #{limit}")
    List<Said> botSaid(@Param("chatId") String chatId, @Param("limit") int limit);

    /** A message as read back. */
    class Said {

        private String senderId;
        private String senderName;
        private String text;
        private Instant saidAt;

        public String getSenderId() {
            return senderId;
        }

        public void setSenderId(String senderId) {
            this.senderId = senderId;
        }

        public String getSenderName() {
            return senderName;
        }

        public void setSenderName(String senderName) {
            this.senderName = senderName;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Instant getSaidAt() {
            return saidAt;
        }

        public void setSaidAt(Instant saidAt) {
            this.saidAt = saidAt;
        }
    }
}
