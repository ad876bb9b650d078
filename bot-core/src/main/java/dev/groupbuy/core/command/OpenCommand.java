package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.jielong.DealPost;
import java.util.List;

/**
 * {@code #开团} followed by the deal post as leaders write it: a new open deal in this group. The group gets
 * the deal's 接龙 (what the bot understood); the leader is told what it could not read.
 */
final class OpenCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.leaders("开团", Target.NONE, "新团");
    static final String EXAMPLE = "#开团 丹东草莓\nA. 丹东草莓 25元/盒\nB. 车厘子 60元/斤\n今晚8点截单，明天下午3点东门自提";

    private final UseCases use;

    OpenCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        if (call.args().isBlank()) {
            return call.answer("#开团 without a post", "请在 #开团 后面贴上团购内容，比如：\n" + EXAMPLE);
        }
        ActionResult<OpenDeal.Opened> result =
                use.openDeal().openFromPost(new OpenDeal.FromPost(call.args(), List.of(call.groupId()), call.actor()));
        if (!result.isDone()) {
            Refusal refusal = result.refusal();
            String text = switch (refusal.reason()) {
                case INVALID -> "没读到带价格的商品，这次没有开团。商品请一行一个，写上价格，比如：\n" + EXAMPLE;
                case TOO_LARGE -> CommandTexts.refused(refusal, null) + "，这次没有开团";
                default -> CommandTexts.refused(refusal, null);
            };
            return call.answer("#开团 refused: " + refusal.detail(), text);
        }
        OpenDeal.Opened opened = result.value();
        return call.announced(
                "opened deal " + opened.deal().id(),
                opened.posted(),
                understood(opened.post()) + newProducts(opened.newProducts()));
    }

    /** Products the library does not know yet, for the operator to add (nothing when the library is not used). */
    static String newProducts(List<String> names) {
        return names.isEmpty() ? "" : "\n商品库里还没有（新商品）：" + String.join("、", names);
    }

    /** What the leader should check: a cut-off not understood, lines not read. */
    static String understood(DealPost post) {
        StringBuilder text = new StringBuilder(
                "已开团「" + post.title() + "」，读到" + post.catalog().size() + "个商品");
        if (!post.closesAtText().isEmpty() && post.closesAt() == null) {
            text.append("；截单时间『").append(post.closesAtText()).append("』没看懂，到时请发 #截单");
        }
        if (post.closesAtText().isEmpty()) {
            text.append("；没写截单时间，到时请发 #截单");
        }
        if (!post.notUnderstood().isEmpty()) {
            text.append("\n这几行没看懂，没有算进去：");
            post.notUnderstood().stream()
                    .limit(5)
                    .forEach(line -> text.append("\n· ").append(line));
        }
        return text.toString();
    }
}
