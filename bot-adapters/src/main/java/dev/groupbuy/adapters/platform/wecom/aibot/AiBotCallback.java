package dev.groupbuy.adapters.platform.wecom.aibot;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.groupbuy.adapters.platform.CipherGuard;
import dev.groupbuy.adapters.platform.ReplyUrls;
import dev.groupbuy.adapters.platform.wecom.WeComSender;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessageIntake;
import dev.groupbuy.core.direct.DirectConversation;
import dev.groupbuy.core.direct.DirectMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import me.chanjar.weixin.common.util.crypto.WxCryptUtil;

/**
 * The AI bot's callback: JSON {@code {"encrypt": …}} signed and encrypted like every WeCom callback (WxJava's
 * {@link WxCryptUtil}, with an empty receive id). It carries messages that @-mention the bot in internal
 * groups, and 1:1 chats with it. A group message is stored for its group (the mention before the text is
 * dropped, so {@code @团购助手 #汇总} is the command {@code #汇总}); a 1:1 one goes to the
 * {@link DirectConversation}. The callback's {@code response_url} is remembered: the answers go there.
 */
public final class AiBotCallback {

    private static final Logger LOG = Logger.getLogger(AiBotCallback.class.getName());

    private final WxCryptUtil crypt;
    private final AiBotSettings settings;
    private final MessageIntake intake;
    private final DirectConversation direct;
    private final ReplyUrls replyUrls;
    private final Clock clock;

    public AiBotCallback(
            AiBotSettings settings, MessageIntake intake, DirectConversation direct, ReplyUrls replyUrls, Clock clock) {
        this.crypt = new WxCryptUtil(settings.token(), settings.aesKey(), "");
        this.settings = settings;
        this.intake = intake;
        this.direct = direct;
        this.replyUrls = replyUrls;
        this.clock = clock;
    }

    /** URL verification (answered within WeCom's 1 s): the decrypted {@code echostr}, or empty. */
    public Optional<String> verify(String signature, String timestamp, String nonce, String echostr) {
        if (signature == null || timestamp == null || nonce == null || echostr == null) {
            return Optional.empty();
        }
        try {
            if (!CipherGuard.plausible(settings.aesKey(), echostr)) {
                return Optional.empty();
            }
            return Optional.of(crypt.decryptContent(signature, timestamp, nonce, echostr));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** @return false when the request is not the AI bot's: nothing was stored */
    public boolean receive(String signature, String timestamp, String nonce, String body) {
        Optional<JsonObject> message = decrypt(signature, timestamp, nonce, body);
        if (message.isEmpty()) {
            return false;
        }
        JsonObject json = message.get();
        String msgId = string(json, "msgid");
        String userId = json.has("from") && json.get("from").isJsonObject()
                ? string(json.getAsJsonObject("from"), "userid")
                : "";
        if (msgId.isEmpty() || userId.isEmpty()) {
            return false;
        }
        if (!"text".equals(string(json, "msgtype"))) {
            return true;
        }
        String text = withoutLeadingMentions(
                json.has("text") && json.get("text").isJsonObject()
                        ? string(json.getAsJsonObject("text"), "content")
                        : "");
        Instant now = clock.instant();
        String responseUrl = string(json, "response_url");
        if ("group".equals(string(json, "chattype"))) {
            String chatId = string(json, "chatid");
            if (chatId.isEmpty()) {
                return false;
            }
            remember(chatId, msgId, responseUrl, now);
            intake.accept(new InboundMessage(
                    WeComSender.PLATFORM, chatId, userId, "", msgId, text, List.of(), now, List.of()));
            return true;
        }
        ChatAddress from = new ChatAddress(WeComSender.PLATFORM, WeComSender.USER_PREFIX + userId);
        remember(from.chatId(), msgId, responseUrl, now);
        direct.receive(new DirectMessage(from, userId, "", msgId, text, now));
        return true;
    }

    private Optional<JsonObject> decrypt(String signature, String timestamp, String nonce, String body) {
        if (signature == null || timestamp == null || nonce == null || body == null) {
            return Optional.empty();
        }
        try {
            JsonElement envelope = JsonParser.parseString(body);
            if (!envelope.isJsonObject()
                    || string(envelope.getAsJsonObject(), "encrypt").isEmpty()) {
                return Optional.empty();
            }
            String cipher = string(envelope.getAsJsonObject(), "encrypt");
            if (!CipherGuard.plausible(settings.aesKey(), cipher)) {
                return Optional.empty();
            }
            String plain = crypt.decryptContent(signature, timestamp, nonce, cipher);
            JsonElement message = JsonParser.parseString(plain);
            return message.isJsonObject() ? Optional.of(message.getAsJsonObject()) : Optional.empty();
        } catch (RuntimeException e) {
            LOG.warning(() -> "AI bot callback refused: " + e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    private void remember(String chatId, String msgId, String responseUrl, Instant now) {
        if (responseUrl.startsWith("https://") || responseUrl.startsWith("http://")) {
            replyUrls.remember(WeComSender.PLATFORM, chatId, msgId, responseUrl, now.plus(settings.replyWindow()));
        }
    }

    /** {@code @团购助手 #汇总} is {@code #汇总}: mentions before the text address the bot, they are not the text. */
    static String withoutLeadingMentions(String text) {
        return text.strip().replaceFirst("^(@\\S+\\s+)+", "").strip();
    }

    private static String string(JsonObject json, String field) {
        JsonElement value = json.get(field);
        return value != null && value.isJsonPrimitive() ? value.getAsString().strip() : "";
    }
}
