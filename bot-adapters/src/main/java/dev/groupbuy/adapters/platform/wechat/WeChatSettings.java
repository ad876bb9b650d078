package dev.groupbuy.adapters.platform.wechat;

/**
 * The WeChat Official Account (公众号, a service account) the bot answers as.
 *
 * @param aesKey the EncodingAESKey for the safe (encrypted) message mode; may be empty in plain mode
 * @param baseApiUrl WeChat's API host ({@code https://api.weixin.qq.com}); tests point it at a local fake
 */
public record WeChatSettings(String appId, String secret, String token, String aesKey, String baseApiUrl) {

    public static final String DEFAULT_API_URL = "https://api.weixin.qq.com";

    public WeChatSettings {
        require(appId, "GROUPBUY_WECHAT_APP_ID");
        require(secret, "GROUPBUY_WECHAT_SECRET");
        require(token, "GROUPBUY_WECHAT_TOKEN");
        baseApiUrl = baseApiUrl == null || baseApiUrl.isBlank() ? DEFAULT_API_URL : baseApiUrl.strip();
    }

    private static void require(String value, String variable) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("the Official Account adapter needs " + variable);
        }
    }
}
