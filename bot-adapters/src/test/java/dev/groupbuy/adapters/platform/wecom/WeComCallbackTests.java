package dev.groupbuy.adapters.platform.wecom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.adapters.coordination.local.LocalDedupSet;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.direct.DirectConversation;
import dev.groupbuy.core.testing.MutableClock;
import dev.groupbuy.core.testing.TestBot;
import java.util.ArrayList;
import java.util.List;
import me.chanjar.weixin.common.util.crypto.SHA1;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.util.crypto.WxCpCryptUtil;
import org.junit.jupiter.api.Test;

class WeComCallbackTests {

    static final String CORP = "wx5823bf96d3bd56c7";
    static final String TOKEN = "QDG6eK";
    static final String AES_KEY = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private final TestBot bot = TestBot.withSimpleReader();
    private final List<String> events = new ArrayList<>();
    private final WxCpService cp = WeComServices.inMemory(settings(AES_KEY), null);
    private final WeComCallback callback = new WeComCallback(
            cp,
            new DirectConversation(
                    (platform, user) -> List.of(),
                    new MessageIntake(bot.inbox, bot.pipeline, Runnable::run),
                    bot.outbox,
                    bot.dedup),
            new WeComEvents() {
                @Override
                public void archiveNotified() {
                    events.add("archive");
                }

                @Override
                public void externalChatChanged(String chatId, String changeType, String updateDetail) {
                    events.add(chatId + " " + changeType + " " + updateDetail);
                }
            },
            new LocalDedupSet(MutableClock.at("2026-11-25T00:00:00Z")));

    @Test
    void answersTencentsPublishedUrlVerificationSample() {
        String echo = callback.verify(
                        "5c45ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
                        "1409659589",
                        "263014780",
                        "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ==")
                .orElseThrow();

        assertThat(echo).isEqualTo("1616140317555161061");
    }

    @Test
    void refusesAVerificationWithAnotherSignature() {
        assertThat(callback.verify(
                        "0000ff5e21c57e6ad56bac8758b79b1d9ac89fd3",
                        "1409659589",
                        "263014780",
                        "P9nAzCzyDtyTWESHep1vC5X9xho/qYX3Zpb4yKa9SKld1DsH3Iyt3tP3zNdtp+4RPcs8TgAE7OaBO+FZXvnaqQ=="))
                .isEmpty();
        assertThat(callback.verify(null, null, null, null)).isEmpty();
    }

    @Test
    void aOneToOneTextGetsTheHelpTextInThatChat() {
        Encrypted request = encrypt(text("zhangsan", 1001L, "你好"), AES_KEY);

        assertThat(callback.receive(request.signature(), request.timestamp(), request.nonce(), request.body()))
                .isTrue();

        assertThat(bot.outbox.all()).singleElement().satisfies(m -> {
            assertThat(m.platform()).isEqualTo("wecom");
            assertThat(m.chatId()).isEqualTo("user:zhangsan");
        });
    }

    @Test
    void refusesForgedSignaturesAnotherAesKeyAndMalformedXmlWithNothingDone() {
        Encrypted good = encrypt(text("zhangsan", 1001L, "#截单"), AES_KEY);
        Encrypted otherKey = encrypt(text("zhangsan", 1002L, "#截单"), "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

        assertThat(callback.receive(forged(good.signature()), good.timestamp(), good.nonce(), good.body()))
                .isFalse();
        assertThat(callback.receive(otherKey.signature(), otherKey.timestamp(), otherKey.nonce(), otherKey.body()))
                .isFalse();
        assertThat(callback.receive(good.signature(), good.timestamp(), good.nonce(), "<xml><Encrypt>"))
                .isFalse();
        assertThat(callback.receive(good.signature(), good.timestamp(), good.nonce(), "not xml"))
                .isFalse();
        assertThat(callback.receive(null, null, null, good.body())).isFalse();
        String doctype = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>" + good.body();
        assertThat(callback.receive(good.signature(), good.timestamp(), good.nonce(), doctype))
                .isFalse();

        assertThat(bot.outbox.all()).isEmpty();
        assertThat(bot.inbox.all().stream()
                        .filter(s -> s.state() == dev.groupbuy.core.chat.InboxState.RECEIVED)
                        .toList())
                .isEmpty();
    }

    @Test
    void startsEachEventOnceHoweverOftenWeComDeliversIt() {
        Encrypted notify = encrypt(event("sys", "msgaudit_notify", ""), AES_KEY);
        Encrypted changed = encrypt(
                event(
                        "sys",
                        "change_external_chat",
                        "<ChatId><![CDATA[wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA]]></ChatId>"
                                + "<ChangeType><![CDATA[update]]></ChangeType><UpdateDetail><![CDATA[change_name]]></UpdateDetail>"),
                AES_KEY);

        for (int i = 0; i < 3; i++) {
            callback.receive(notify.signature(), notify.timestamp(), notify.nonce(), notify.body());
            callback.receive(changed.signature(), changed.timestamp(), changed.nonce(), changed.body());
        }

        assertThat(events).containsExactly("archive", "wrOgQhDgAAMYQiS5ol9G7gK9JVAAAA update change_name");
    }

    static WeComSettings settings(String aesKey) {
        return new WeComSettings(CORP, 1000002, "secret", TOKEN, aesKey, "http://127.0.0.1:9", 1, 0);
    }

    static String text(String from, long msgId, String content) {
        return "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>1764028800</CreateTime><MsgType><![CDATA[text]]></MsgType>"
                + "<Content><![CDATA[" + content + "]]></Content><MsgId>" + msgId + "</MsgId>"
                + "<AgentID>1000002</AgentID></xml>";
    }

    static String event(String from, String event, String extra) {
        return "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><FromUserName><![CDATA[" + from
                + "]]></FromUserName><CreateTime>1764028800</CreateTime><MsgType><![CDATA[event]]></MsgType>"
                + "<Event><![CDATA[" + event + "]]></Event>" + extra + "<AgentID>1000002</AgentID></xml>";
    }

    /** A callback as WeCom sends it: the plain XML encrypted with WxJava's crypto, signed over the cipher text. */
    static Encrypted encrypt(String plainXml, String aesKey) {
        WxCpCryptUtil crypt = new WxCpCryptUtil(WeComServices.configure(
                new me.chanjar.weixin.cp.config.impl.WxCpDefaultConfigImpl(), settings(aesKey), null));
        WxCpCryptUtil.EncryptContext context = crypt.encryptContext(plainXml);
        String body = "<xml><ToUserName><![CDATA[" + CORP + "]]></ToUserName><Encrypt><![CDATA[" + context.getEncrypt()
                + "]]></Encrypt><AgentID><![CDATA[1000002]]></AgentID></xml>";
        assertThat(context.getSignature())
                .isEqualTo(SHA1.gen(TOKEN, context.getTimeStamp(), context.getNonce(), context.getEncrypt()));
        return new Encrypted(context.getSignature(), context.getTimeStamp(), context.getNonce(), body);
    }

    record Encrypted(String signature, String timestamp, String nonce, String body) {}

    /** The signature with its first character changed. */
    static String forged(String signature) {
        return (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1);
    }
}
