package dev.groupbuy.adapters.persistence.chat;

import com.baomidou.mybatisplus.annotation.IdType;
import com.baomidou.mybatisplus.annotation.TableId;
import com.baomidou.mybatisplus.annotation.TableName;
import java.time.Instant;

/** Row of {@code inbox}; {@code mentions} one a line, {@code chainOwners} as {@link ChainOwnersText}. */
@TableName("inbox")
class InboxDO {

    @TableId(type = IdType.AUTO)
    private Long id;

    private String platform;
    private String platformMsgId;
    private String chatId;
    private String senderId;
    private String senderName;
    private String text;
    private String mentions;
    private String chainOwners;
    private String replyPlatform;
    private String replyChatId;
    private Instant sentAt;
    private String state;
    private String detail;
    private Instant receivedAt;
    private Instant updatedAt;

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getPlatform() {
        return platform;
    }

    public void setPlatform(String platform) {
        this.platform = platform;
    }

    public String getPlatformMsgId() {
        return platformMsgId;
    }

    public void setPlatformMsgId(String platformMsgId) {
        this.platformMsgId = platformMsgId;
    }

    public String getChatId() {
        return chatId;
    }

    public void setChatId(String chatId) {
        this.chatId = chatId;
    }

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

    public String getMentions() {
        return mentions;
    }

    public void setMentions(String mentions) {
        this.mentions = mentions;
    }

    public String getChainOwners() {
        return chainOwners;
    }

    public String getReplyPlatform() {
        return replyPlatform;
    }

    public void setReplyPlatform(String replyPlatform) {
        this.replyPlatform = replyPlatform;
    }

    public String getReplyChatId() {
        return replyChatId;
    }

    public void setReplyChatId(String replyChatId) {
        this.replyChatId = replyChatId;
    }

    public void setChainOwners(String chainOwners) {
        this.chainOwners = chainOwners;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public void setSentAt(Instant sentAt) {
        this.sentAt = sentAt;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getDetail() {
        return detail;
    }

    public void setDetail(String detail) {
        this.detail = detail;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(Instant receivedAt) {
        this.receivedAt = receivedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }
}
