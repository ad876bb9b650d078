package dev.groupbuy.adapters.platform.wecom;

import com.google.gson.JsonObject;
import dev.groupbuy.adapters.platform.GroupChannel;
import dev.groupbuy.adapters.platform.GroupChannels;
import dev.groupbuy.adapters.platform.PlatformSender;
import dev.groupbuy.adapters.platform.ReplyUrls;
import dev.groupbuy.adapters.platform.SendOutcome;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.direct.DirectConversation;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.cp.api.WxCpService;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplate;
import me.chanjar.weixin.cp.bean.external.WxCpMsgTemplateAddResult;
import me.chanjar.weixin.cp.bean.external.msg.Text;
import me.chanjar.weixin.cp.bean.message.WxCpAppChatMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessage;
import me.chanjar.weixin.cp.bean.message.WxCpMessageSendResult;
import me.chanjar.weixin.cp.constant.WxCpApiPathConsts;

/**
 * Delivers the bot's WeCom messages through the send API that fits the address: an answer to an AI bot
 * message through its {@code response_url}; a person's 1:1 chat ({@code user:<userid>}) as an app message;
 * a group through the channel registered for it — its robot's webhook, appchat for groups the app created,
 * or a customer-group mass-send task, which the owner employee confirms in WeCom (handed over = sent).
 */
public final class WeComSender implements PlatformSender {

    public static final String PLATFORM = "wecom";
    public static final String USER_PREFIX = "user:";
    /** Text messages of robots and apps carry at most 2048 bytes. */
    static final int MAX_BYTES = 2048;

    private final WxCpService cp;
    private final GroupChannels channels;
    private final ReplyUrls replyUrls;
    private final Clock clock;
    private final boolean appConfigured;

    /**
     * @param appConfigured false when only the AI bot is set up: then only answers through a
     *     {@code response_url} can be sent
     */
    public WeComSender(
            WxCpService cp, GroupChannels channels, ReplyUrls replyUrls, Clock clock, boolean appConfigured) {
        this.cp = cp;
        this.appConfigured = appConfigured;
        this.channels = channels;
        this.replyUrls = replyUrls;
        this.clock = clock;
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
        try {
            Optional<String> responseUrl = responseUrl(message);
            if (responseUrl.isPresent()) {
                cp.postWithoutToken(responseUrl.get(), aiBotReply(message.text()));
                return SendOutcome.sent();
            }
            if (!appConfigured) {
                return SendOutcome.givenUp("only the AI bot is configured: it answers messages, it cannot post");
            }
            if (message.chatId().startsWith(USER_PREFIX)) {
                return toPerson(message.chatId().substring(USER_PREFIX.length()), message.text());
            }
            Optional<GroupChannel> channel = channels.of(PLATFORM, message.chatId());
            if (channel.isEmpty()) {
                return SendOutcome.givenUp("no send channel registered for this WeCom group");
            }
            return toGroup(channel.get(), message);
        } catch (WxErrorException | WxRuntimeException e) {
            return WeComErrors.outcome(e);
        }
    }

    private SendOutcome toGroup(GroupChannel channel, OutboundMessage message) throws WxErrorException {
        switch (channel.type()) {
            case WECOM_ROBOT ->
                cp.getGroupRobotService()
                        .sendText(webhookUrl(channel.webhookKey()), message.text(), message.mentions(), List.of());
            case WECOM_APPCHAT ->
                cp.getChatService().sendMsg(WxCpAppChatMessage.buildTextMsg(message.chatId(), message.text(), false));
            case WECOM_CUSTOMER_GROUP -> {
                return massSend(channel.senderUserId(), message);
            }
        }
        return SendOutcome.sent();
    }

    private SendOutcome toPerson(String userId, String text) throws WxErrorException {
        WxCpMessage message = WxCpMessage.TEXT()
                .agentId(cp.getWxCpConfigStorage().getAgentId())
                .toUser(userId)
                .content(text)
                .build();
        WxCpMessageSendResult result = cp.getMessageService().send(message);
        if (result != null
                && result.getInvalidUser() != null
                && !result.getInvalidUser().isBlank()) {
            return SendOutcome.givenUp("WeCom does not know the user or the app may not reach them");
        }
        return SendOutcome.sent();
    }

    private SendOutcome massSend(String sender, OutboundMessage message) throws WxErrorException {
        WxCpMsgTemplate template = new WxCpMsgTemplate();
        template.setChatType("group");
        template.setSender(sender);
        template.setChatIdList(List.of(message.chatId()));
        template.setText(new Text().setContent(message.text()));
        WxCpMsgTemplateAddResult result = cp.getExternalContactService().addMsgTemplate(template);
        if (result != null
                && result.getFailList() != null
                && result.getFailList().contains(message.chatId())) {
            return SendOutcome.givenUp("WeCom refused the customer-group send task for this group");
        }
        return SendOutcome.sent();
    }

    private Optional<String> responseUrl(OutboundMessage message) {
        if (message.inReplyTo() == null) {
            return Optional.empty();
        }
        String answered = DirectConversation.originalId(PLATFORM, message.inReplyTo());
        return replyUrls.find(PLATFORM, message.chatId(), answered, clock.instant());
    }

    private String webhookUrl(String key) {
        return cp.getWxCpConfigStorage().getApiUrl(WxCpApiPathConsts.WEBHOOK_SEND) + key;
    }

    /** The AI bot answers in markdown; a line starting with {@code #} would become a heading there. */
    static String aiBotReply(String text) {
        JsonObject markdown = new JsonObject();
        markdown.addProperty("content", text.replaceAll("(?m)^([#＃])", "\\\\$1"));
        JsonObject json = new JsonObject();
        json.addProperty("msgtype", "markdown");
        json.add("markdown", markdown);
        return json.toString();
    }
}
