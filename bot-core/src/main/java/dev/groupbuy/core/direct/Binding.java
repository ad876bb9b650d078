package dev.groupbuy.core.direct;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.chat.ChatAddress;
import dev.groupbuy.core.chat.Commands;
import dev.groupbuy.core.chat.Handling;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.MessageContext;
import dev.groupbuy.core.chat.MessageHandler;
import dev.groupbuy.core.chat.OutboundMessage;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.chat.Route;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Member;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Binding a 1:1 chat to a group member: the person asks the bot 1:1 for a code ({@link #issue}), then posts
 * {@code #绑定 <code>} in the group from their own account; the group message says who they are there, and
 * from then on their 1:1 commands ({@code #我的}, {@code #取消}, a leader's commands) act on that group as
 * them. The answer goes to the 1:1 chat; the group hears nothing. An operator binds without a code
 * ({@link #bindByOperator}); both doors attach the chat the same way.
 */
public final class Binding implements MessageHandler {

    public static final String WORD = "绑定";
    static final Duration VALID = Duration.ofMinutes(10);
    private static final Pattern CODE = Pattern.compile("\\d{6}");

    private final BindingCodes codes;
    private final MemberBindings bindings;
    private final GroupRepository groups;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public Binding(BindingCodes codes, MemberBindings bindings, GroupRepository groups, Clock clock) {
        this.codes = codes;
        this.bindings = bindings;
        this.groups = groups;
        this.clock = clock;
    }

    /**
     * The operator's door (admin API, console): binds {@code platformUserId} on {@code platform} to member
     * {@code userId} of {@code group}, under the member's name when the group knows them, else {@code name}. A
     * person on the group's own platform is a member, not a binding: refused as invalid.
     */
    public ActionResult<ChatAddress> bindByOperator(
            ChatGroup group, String platform, String platformUserId, String userId, String name) {
        if (group.platform().equals(platform)) {
            return ActionResult.refused(
                    Refusal.invalid("a person on the group's own platform needs no binding: add them as a member"));
        }
        String known = groups.member(group.id(), userId).map(Member::name).orElse(name);
        ChatAddress follower = new ChatAddress(platform, platformUserId);
        attach(follower, group.id(), userId, known);
        return ActionResult.done(follower);
    }

    private void attach(ChatAddress follower, long groupId, String userId, String name) {
        bindings.bind(follower.platform(), follower.chatId(), groupId, userId, name);
    }

    /** The route for the command table: {@code #绑定 123456} in a group. */
    public Route route() {
        return Route.of(WORD, message -> Commands.isCommand(message.text(), WORD), this);
    }

    /** A new code for the follower, valid 10 minutes; what to tell them. */
    public String issue(ChatAddress follower) {
        for (int attempt = 0; attempt < 5; attempt++) {
            String code = String.format("%06d", random.nextInt(1_000_000));
            if (codes.offer(code, follower, clock.instant().plus(VALID))) {
                return "请在你的团购群里发送『#" + WORD + " " + code + "』（10分钟内有效），之后就可以在这里发 #我的 查订单。";
            }
        }
        return "现在取不到绑定码，请稍后再试。";
    }

    @Override
    public Optional<Handling> accept(MessageContext context) {
        String code = Commands.argument(context.message().text(), WORD);
        if (!CODE.matcher(code).matches()) {
            return Optional.of(Handling.unlocked(() -> Outcome.ignored("#绑定 without a code")));
        }
        return Optional.of(Handling.unlocked(() -> bind(context, code)));
    }

    private Outcome bind(MessageContext context, String code) {
        Optional<ChatAddress> follower = codes.redeem(code, clock.instant());
        if (follower.isEmpty()) {
            return Outcome.ignored("unknown or expired binding code");
        }
        InboundMessage message = context.message();
        attach(follower.get(), context.groupId(), message.senderId(), message.senderName());
        String who = message.senderName().isEmpty() ? "" : "（" + message.senderName() + "）";
        String group =
                context.group().name().isEmpty() ? "群" : "『" + context.group().name() + "』";
        return Outcome.done(
                "bound a 1:1 chat to a member",
                List.of(new OutboundMessage(
                        follower.get().platform(),
                        follower.get().chatId(),
                        "已绑定" + group + who + "。在这里发 #我的 查订单，#取消 取消订单。",
                        List.of(),
                        message.messageId())));
    }
}
