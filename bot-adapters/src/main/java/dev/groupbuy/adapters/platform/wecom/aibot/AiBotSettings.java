package dev.groupbuy.adapters.platform.wecom.aibot;

import java.time.Duration;

/**
 * The WeCom AI bot (智能机器人) the bot answers as.
 *
 * @param replyWindow how long a callback's {@code response_url} is used for answers
 */
public record AiBotSettings(String token, String aesKey, Duration replyWindow) {

    public AiBotSettings {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("the AI bot needs GROUPBUY_WECOM_AIBOT_TOKEN");
        }
        if (aesKey == null || aesKey.isBlank()) {
            throw new IllegalArgumentException("the AI bot needs GROUPBUY_WECOM_AIBOT_AES_KEY");
        }
        replyWindow = replyWindow == null ? Duration.ofMinutes(55) : replyWindow;
    }
}
