package dev.groupbuy.adapters.platform.wecom;

import dev.groupbuy.adapters.platform.SendOutcome;
import java.util.Set;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;

/**
 * What a failed WeCom call means for delivery. WxJava itself retries -1 (busy) with backoff and refreshes the
 * access token once on 40001/40014/42001; whatever it still throws is decided here: frequency and concurrency
 * limits (45009, 45033), a busy platform and a token that still fails may pass later, anything else (a bad
 * chat id, a removed robot, an IP not allowed) will not.
 */
final class WeComErrors {

    static final Set<Integer> LATER = Set.of(-1, 45009, 45033, 40001, 40014, 42001, 41001);

    private WeComErrors() {}

    static SendOutcome outcome(Exception failure) {
        if (failure instanceof WxErrorException e) {
            WxError error = e.getError();
            if (error == null) {
                return SendOutcome.retryLater("WeCom unreachable");
            }
            String reason = "WeCom errcode " + error.getErrorCode();
            return LATER.contains(error.getErrorCode()) ? SendOutcome.retryLater(reason) : SendOutcome.givenUp(reason);
        }
        if (failure instanceof WxRuntimeException) {
            return SendOutcome.retryLater("WeCom busy or unreachable after WxJava's retries");
        }
        return SendOutcome.givenUp(failure.getClass().getSimpleName());
    }
}
