package dev.groupbuy.adapters.platform.wechat;

import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.SendOutcome;
import dev.groupbuy.core.chat.OutboundMessage;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;

/**
 * Sends the Official Account's template messages (the 到货 notice of {@link ArrivalTemplate}) to one follower
 * each, through WxJava's {@code WxMpTemplateMsgService}. Its own outbound platform, {@value #PLATFORM}, so the
 * notices have their own limit ({@code groupbuy.outbound.wechat-template.per-minute}) and queue per follower.
 *
 * <p>A follower who unfollowed (43004), an openid not of this account (40003), a template id not of this
 * account (40037) or values the template refuses (47003) are final; WeChat's frequency limits (45009, 45011)
 * and a busy platform pass — WxJava retries -1 and refreshes an expired token itself, the dispatcher backs off
 * from the rest. Each attempt carries the same {@code client_msg_id}, which WeChat uses to drop a repeat for 10
 * minutes: a retry after an answer lost on the way does not reach the follower twice.
 */
public final class TemplateMessageSender implements PlatformSender {

    public static final String PLATFORM = "wechat-template";
    /** Never cut: a template message is one message whatever its length (WeChat cuts long values itself). */
    static final int MAX_BYTES = 1 << 20;

    private static final Set<Integer> LATER = Set.of(-1, 45009, 45011, 45033, 40001, 40014, 42001);
    private static final Map<Integer, String> FINAL = Map.of(
            43004, "the follower no longer follows the Official Account (43004)",
            40003, "not an openid of this Official Account (40003)",
            40037, "template id not valid for this Official Account (40037): check GROUPBUY_WECHAT_ARRIVAL_TEMPLATE_ID",
            47003, "a value does not fit the template's fields (47003): check GROUPBUY_WECHAT_ARRIVAL_TEMPLATE_KEYS");

    private final WxMpService mp;
    private final ArrivalTemplate template;

    public TemplateMessageSender(WxMpService mp, ArrivalTemplate template) {
        this.mp = mp;
        this.template = template;
    }

    @Override
    public String platform() {
        return PLATFORM;
    }

    @Override
    public int maxBytes() {
        return MAX_BYTES;
    }

    @Override
    public SendOutcome send(OutboundMessage message, String idempotencyKey) {
        Map<String, String> data = template.data(message.text());
        if (data.isEmpty()) {
            return SendOutcome.givenUp("nothing of the message fits the template's keys");
        }
        WxMpTemplateMessage templateMessage = WxMpTemplateMessage.builder()
                .toUser(message.chatId())
                .templateId(template.templateId())
                .clientMsgId(clientMsgId(idempotencyKey))
                .build();
        data.forEach((key, value) -> templateMessage.addData(new WxMpTemplateData(key, value)));
        try {
            mp.getTemplateMsgService().sendTemplateMsg(templateMessage);
            return SendOutcome.sent();
        } catch (WxErrorException e) {
            if (e.getError() == null) {
                return SendOutcome.retryLater("WeChat unreachable");
            }
            int code = e.getError().getErrorCode();
            if (LATER.contains(code)) {
                return SendOutcome.retryLater("WeChat errcode " + code);
            }
            return SendOutcome.givenUp(FINAL.getOrDefault(code, "WeChat errcode " + code));
        } catch (WxRuntimeException e) {
            return SendOutcome.retryLater("WeChat busy or unreachable after WxJava's retries");
        }
    }

    /** 32 hex characters of the key's hash: the same for every attempt, short, and without the openid. */
    static String clientMsgId(String idempotencyKey) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(idempotencyKey.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
