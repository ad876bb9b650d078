package dev.groupbuy.adapters.platform.wechat;

import dev.groupbuy.adapters.platform.CipherGuard;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.direct.Binding;
import dev.groupbuy.core.direct.DirectConversation;
import dev.groupbuy.core.direct.DirectMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.message.WxMpXmlMessage;

/**
 * The Official Account's callback, plain or in safe (encrypted) mode; signatures and AES are WxJava's. A
 * follower's text is a 1:1 message to the bot: {@code 绑定} asks for a binding code (posted in the group, it
 * ties the follower to their member there), anything else goes to the {@link DirectConversation} — residents'
 * {@code #我的} and {@code #取消}, leaders' commands, once bound.
 */
public final class OfficialAccountCallback {

    public static final String PLATFORM = "wechat";
    private static final Logger LOG = Logger.getLogger(OfficialAccountCallback.class.getName());

    private final WxMpService mp;
    private final DirectConversation direct;
    private final Binding binding;
    private final Outbox outbox;

    public OfficialAccountCallback(WxMpService mp, DirectConversation direct, Binding binding, Outbox outbox) {
        this.mp = mp;
        this.direct = direct;
        this.binding = binding;
        this.outbox = outbox;
    }

    /** Server verification: the {@code echostr} when the signature is the account's. */
    public Optional<String> verify(String signature, String timestamp, String nonce, String echostr) {
        if (signature == null || timestamp == null || nonce == null || echostr == null) {
            return Optional.empty();
        }
        return mp.checkSignature(timestamp, nonce, signature) ? Optional.of(echostr) : Optional.empty();
    }

    /**
     * @param encryptType {@code aes} in safe mode, else plain
     * @return false when the request is not the account's: nothing happened
     */
    public boolean receive(
            String signature, String timestamp, String nonce, String encryptType, String msgSignature, String body) {
        WxMpXmlMessage message;
        try {
            if (signature == null
                    || timestamp == null
                    || nonce == null
                    || !mp.checkSignature(timestamp, nonce, signature)) {
                return false;
            }
            if ("aes".equals(encryptType)
                    && !CipherGuard.encryptElement(body)
                            .filter(c -> CipherGuard.plausible(
                                    mp.getWxMpConfigStorage().getAesKey(), c))
                            .isPresent()) {
                return false;
            }
            message = "aes".equals(encryptType)
                    ? WxMpXmlMessage.fromEncryptedXml(body, mp.getWxMpConfigStorage(), timestamp, nonce, msgSignature)
                    : WxMpXmlMessage.fromXml(body);
        } catch (RuntimeException e) {
            LOG.warning(
                    () -> "Official Account callback refused: " + e.getClass().getSimpleName());
            return false;
        }
        if (message == null || message.getFromUser() == null) {
            return false;
        }
        if ("text".equals(message.getMsgType())) {
            text(message);
        }
        return true;
    }

    private void text(WxMpXmlMessage message) {
        ChatAddress from = new ChatAddress(PLATFORM, message.getFromUser());
        String id = message.getMsgId() != null
                ? message.getMsgId().toString()
                : from.chatId() + "@" + message.getCreateTime();
        String text = message.getContent() == null ? "" : message.getContent().strip();
        if (text.replaceFirst("^[#＃]", "").strip().equals(Binding.WORD)) {
            outbox.enqueue(new OutboundMessage(PLATFORM, from.chatId(), binding.issue(from), List.of(), id));
            return;
        }
        long createdAt = message.getCreateTime() == null ? 0 : message.getCreateTime();
        direct.receive(new DirectMessage(from, from.chatId(), "", id, text, Instant.ofEpochSecond(createdAt)));
    }
}
