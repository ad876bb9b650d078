package dev.groupbuy.core.notice;

import dev.groupbuy.core.chat.OutboundMessage;

/**
 * Port: a way to tell one person something personally, outside the group — a WeChat Official Account's
 * template message to a follower bound to their group member. The channel turns a notice into the outbox
 * message its sender understands; the dispatcher delivers it like any other.
 */
public interface NoticeChannel {

    /** The platform of the people this channel reaches, as they are bound to group members: {@code wechat}. */
    String bindingPlatform();

    /** The outbox message that brings the notice to that person. */
    OutboundMessage arrival(String platformUserId, ArrivalNotice notice);
}
