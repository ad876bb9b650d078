package dev.groupbuy.adapters.platform.wecom;

import dev.groupbuy.adapters.platform.CipherGuard;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.direct.DirectConversation;
import dev.groupbuy.core.direct.DirectMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.message.WxCpXmlMessage;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;

/**
 * The self-built app's callback. Signatures and AES are WxJava's; this class decides what a message means.
 * It only stores and schedules, so the HTTP answer leaves within WeCom's 5 s: a 1:1 text goes to the
 * {@link DirectConversation} (a command is stored in the person's group and processed afterwards; anything
 * else gets the help text at most once a day), events start their work on {@link WeComEvents}. WeCom
 * re-delivers what it thinks was not answered: texts carry a MsgId (the inbox drops a repeat), events are
 * remembered by sender, time and kind for a day.
 */
public final class WeComCallback {

    private static final Logger LOG = Logger.getLogger(WeComCallback.class.getName());
    static final Duration EVENT_MEMORY = Duration.ofDays(1);

    private final WxCpService cp;
    private final DirectConversation direct;
    private final WeComEvents events;
    private final DedupSet seenEvents;

    public WeComCallback(WxCpService cp, DirectConversation direct, WeComEvents events, DedupSet seenEvents) {
        this.cp = cp;
        this.direct = direct;
        this.events = events;
        this.seenEvents = seenEvents;
    }

    /** URL verification: the decrypted {@code echostr}, or empty when the request is not WeCom's. */
    public Optional<String> verify(String signature, String timestamp, String nonce, String echostr) {
        if (signature == null || timestamp == null || nonce == null || echostr == null) {
            return Optional.empty();
        }
        try {
            if (!cp.checkSignature(signature, timestamp, nonce, echostr)
                    || !CipherGuard.plausible(cp.getWxCpConfigStorage().getAesKey(), echostr)) {
                return Optional.empty();
            }
            return Optional.of(new WxCpCryptUtil(cp.getWxCpConfigStorage()).decrypt(echostr));
        } catch (RuntimeException e) {
            LOG.warning(() -> "WeCom URL verification failed: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /**
     * An encrypted callback.
     *
     * @return false when it is not WeCom's (wrong signature, another AES key, not XML): nothing happened
     */
    public boolean receive(String signature, String timestamp, String nonce, String body) {
        if (body == null
                || !CipherGuard.encryptElement(body)
                        .filter(cipher ->
                                CipherGuard.plausible(cp.getWxCpConfigStorage().getAesKey(), cipher))
                        .isPresent()) {
            LOG.warning("WeCom callback refused: not encrypted with this app's key");
            return false;
        }
        WxCpXmlMessage message;
        try {
            message = WxCpXmlMessage.fromEncryptedXml(body, cp.getWxCpConfigStorage(), timestamp, nonce, signature);
        } catch (RuntimeException e) {
            LOG.warning(() -> "WeCom callback refused: " + e.getClass().getSimpleName());
            return false;
        }
        if (message == null
                || message.getFromUserName() == null
                || !cp.getWxCpConfigStorage().getCorpId().equals(message.getToUserName())) {
            return false;
        }
        handle(message);
        return true;
    }

    private void handle(WxCpXmlMessage message) {
        String type = message.getMsgType() == null ? "" : message.getMsgType();
        switch (type) {
            case "text" -> direct.receive(toDirect(message));
            case "event" -> event(message);
            default -> LOG.fine(() -> "WeCom message of type " + type + " ignored");
        }
    }

    static DirectMessage toDirect(WxCpXmlMessage message) {
        String from = message.getFromUserName();
        long createdAt = message.getCreateTime() == null ? 0 : message.getCreateTime();
        String id = message.getMsgId() != null ? message.getMsgId().toString() : from + "@" + createdAt;
        return new DirectMessage(
                new ChatAddress(WeComSender.PLATFORM, WeComSender.USER_PREFIX + from),
                from,
                "",
                id,
                message.getContent(),
                Instant.ofEpochSecond(createdAt));
    }

    private void event(WxCpXmlMessage message) {
        String event = message.getEvent() == null ? "" : message.getEvent();
        String key = "wecom-event:" + message.getFromUserName() + ":" + message.getCreateTime() + ":" + event + ":"
                + message.getChatId() + ":" + message.getChangeType() + ":" + message.getUpdateDetail();
        if (!seenEvents.firstSeen(key, EVENT_MEMORY)) {
            return;
        }
        switch (event) {
            case "msgaudit_notify" -> events.archiveNotified();
            case "change_external_chat" ->
                events.externalChatChanged(message.getChatId(), message.getChangeType(), message.getUpdateDetail());
            default -> LOG.fine(() -> "WeCom event " + event + " ignored");
        }
    }
}
