package dev.groupbuy.adapters.platform.wechat;

import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.SendOutcome;
import dev.groupbuy.core.chat.OutboundMessage;
import java.util.Set;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.kefu.WxMpKefuMessage;

/**
 * Answers followers 1:1 through the customer-service message API (客服消息): allowed within 48 hours of the
 * follower's last message (45015 after that) and a limited number of times per message (45047) — both are
 * final for this answer. Frequency limits (45009) and a busy platform may pass; WxJava retries -1 and
 * refreshes an expired token itself.
 */
public final class OfficialAccountSender implements PlatformSender {

    static final int MAX_BYTES = 2048;
    private static final Set<Integer> LATER = Set.of(-1, 45009, 45033, 40001, 40014, 42001);

    private final WxMpService mp;

    public OfficialAccountSender(WxMpService mp) {
        this.mp = mp;
    }

    @Override
    public String platform() {
        return OfficialAccountCallback.PLATFORM;
    }

    @Override
    public int maxBytes() {
        return MAX_BYTES;
    }

    @Override
    public SendOutcome send(OutboundMessage message, String idempotencyKey) {
        try {
            mp.getKefuService()
                    .sendKefuMessage(WxMpKefuMessage.TEXT()
                            .toUser(message.chatId())
                            .content(message.text())
                            .build());
            return SendOutcome.sent();
        } catch (WxErrorException e) {
            if (e.getError() == null) {
                return SendOutcome.retryLater("WeChat unreachable");
            }
            int code = e.getError().getErrorCode();
            return LATER.contains(code)
                    ? SendOutcome.retryLater("WeChat errcode " + code)
                    : SendOutcome.givenUp("WeChat errcode " + code);
        } catch (WxRuntimeException e) {
            return SendOutcome.retryLater("WeChat busy or unreachable after WxJava's retries");
        }
    }
}
