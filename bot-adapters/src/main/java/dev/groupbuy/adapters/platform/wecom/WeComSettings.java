package dev.groupbuy.adapters.platform.wecom;

/**
 * The self-built WeCom app the bot runs as.
 *
 * @param baseApiUrl WeCom's API host ({@code https://qyapi.weixin.qq.com}); tests point it at a local fake
 * @param maxRetries how often WxJava retries a call WeCom answered with -1 (busy), backing off from
 *     {@code retrySleepMillis}; at least 1, or WxJava turns every error into a retry failure
 */
public record WeComSettings(
        String corpId,
        Integer agentId,
        String secret,
        String token,
        String aesKey,
        String baseApiUrl,
        int maxRetries,
        int retrySleepMillis) {

    public static final String DEFAULT_API_URL = "https://qyapi.weixin.qq.com";

    public WeComSettings {
        require(corpId, "GROUPBUY_WECOM_CORP_ID");
        require(secret, "GROUPBUY_WECOM_SECRET");
        require(token, "GROUPBUY_WECOM_TOKEN");
        require(aesKey, "GROUPBUY_WECOM_AES_KEY");
        if (agentId == null) {
            throw new IllegalArgumentException("the WeCom adapter needs GROUPBUY_WECOM_AGENT_ID");
        }
        baseApiUrl = baseApiUrl == null || baseApiUrl.isBlank() ? DEFAULT_API_URL : baseApiUrl.strip();
        maxRetries = Math.max(1, maxRetries);
        retrySleepMillis = Math.max(0, retrySleepMillis);
    }

    private static void require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the WeCom adapter needs " + variable);
        }
    }
}
