package dev.groupbuy.adapters.platform.wecom.aibot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.platform.ReplyUrls;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.direct.DirectConversation;
import dev.groupbuy.core.testing.TestBot;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;
import org.junit.jupiter.api.Test;

class AiBotCallbackTests {

    static final String TOKEN = "aibot-token";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private final TestBot bot = TestBot.withSimpleReader();
    private final Map<String, String> urls = new HashMap<>();
    private final AiBotCallback callback = new AiBotCallback(
            new AiBotSettings(TOKEN, AES_KEY, null),
            new MessageIntake(bot.inbox, bot.pipeline, task -> {}),
            new DirectConversation(
                    (p, u) -> List.of(), new MessageIntake(bot.inbox, bot.pipeline, task -> {}), bot.outbox, bot.dedup),
            new ReplyUrls() {
                @Override
                public void remember(String platform, String chatId, String messageId, String url, Instant expiresAt) {
                    urls.put(chatId + "/" + messageId, url);
                }

                @Override
                public Optional<String> find(String platform, String chatId, String messageId, Instant now) {
                    return Optional.ofNullable(urls.get(chatId + "/" + messageId));
                }
            },
            bot.clock);

    @Test
    void verifiesItsUrlWithItsTokenAndKey() {
        WxCryptUtil.EncryptContext echo = new WxCryptUtil(TOKEN, AES_KEY, "").encryptContext("echo-12345");

        assertThat(callback.verify(echo.getSignature(), echo.getTimeStamp(), echo.getNonce(), echo.getEncrypt()))
                .contains("echo-12345");
        assertThat(callback.verify(
                        forged(echo.getSignature()), echo.getTimeStamp(), echo.getNonce(), echo.getEncrypt()))
                .isEmpty();
    }

    @Test
    void storesAGroupMessageForItsGroupWithoutTheMentionAndKeepsItsResponseUrl() {
        Request request = request(groupMessage("msg-1", "@团购助手 #汇总"), TOKEN, AES_KEY);

        assertThat(callback.receive(request.signature(), request.timestamp(), request.nonce(), request.body()))
                .isTrue();

        InboundMessage stored = bot.inbox.all().stream()
                .filter(s -> s.state() == dev.groupbuy.core.chat.InboxState.RECEIVED)
                .toList()
                .get(0)
                .message();
        assertThat(stored.platform()).isEqualTo("wecom");
        assertThat(stored.chatId()).isEqualTo("wrAiGroup");
        assertThat(stored.senderId()).isEqualTo("zhangsan");
        assertThat(stored.messageId()).isEqualTo("msg-1");
        assertThat(stored.text()).isEqualTo("#汇总");
        assertThat(urls)
                .containsEntry(
                        "wrAiGroup/msg-1", "https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=abc");
    }

    @Test
    void refusesForgedAnotherKeyAndMalformedBodiesWithNothingStored() {
        Request good = request(groupMessage("msg-1", "1. 王姐 2盒"), TOKEN, AES_KEY);
        Request otherKey =
                request(groupMessage("msg-2", "1. 王姐 2盒"), TOKEN, "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

        assertThat(callback.receive(forged(good.signature()), good.timestamp(), good.nonce(), good.body()))
                .isFalse();
        assertThat(callback.receive(otherKey.signature(), otherKey.timestamp(), otherKey.nonce(), otherKey.body()))
                .isFalse();
        assertThat(callback.receive(good.signature(), good.timestamp(), good.nonce(), "{\"encrypt\":"))
                .isFalse();
        assertThat(callback.receive(good.signature(), good.timestamp(), good.nonce(), "{}"))
                .isFalse();
        assertThat(callback.receive(good.signature(), good.timestamp(), good.nonce(), "<xml/>"))
                .isFalse();

        assertThat(bot.inbox.all().stream()
                        .filter(s -> s.state() == dev.groupbuy.core.chat.InboxState.RECEIVED)
                        .toList())
                .isEmpty();
        assertThat(urls).isEmpty();
    }

    @Test
    void dropsOnlyTheMentionsBeforeTheText() {
        assertThat(AiBotCallback.withoutLeadingMentions("@团购助手 #汇总")).isEqualTo("#汇总");
        assertThat(AiBotCallback.withoutLeadingMentions("@团购助手  @小王 1. 王姐 2盒")).isEqualTo("1. 王姐 2盒");
        assertThat(AiBotCallback.withoutLeadingMentions("1. 王姐 2盒 @小王")).isEqualTo("1. 王姐 2盒 @小王");
    }

    static String groupMessage(String msgId, String text) {
        return "{\"msgid\":\"" + msgId + "\",\"aibotid\":\"aib-1\",\"chatid\":\"wrAiGroup\",\"chattype\":\"group\","
                + "\"from\":{\"userid\":\"zhangsan\"},\"response_url\":"
                + "\"https://qyapi.weixin.qq.com/cgi-bin/aibot/response?response_code=abc\",\"msgtype\":\"text\","
                + "\"text\":{\"content\":\"" + text.replace("\n", "\\n") + "\"}}";
    }

    static Request request(String json, String token, String aesKey) {
        WxCryptUtil.EncryptContext context = new WxCryptUtil(token, aesKey, "").encryptContext(json);
        return new Request(
                context.getSignature(),
                context.getTimeStamp(),
                context.getNonce(),
                "{\"encrypt\":\"" + context.getEncrypt() + "\"}");
    }

    record Request(String signature, String timestamp, String nonce, String body) {}

    /** The signature with its first character changed. */
    static String forged(String signature) {
        return (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);
    }
}
