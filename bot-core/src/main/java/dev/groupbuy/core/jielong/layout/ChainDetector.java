package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.jielong.reading.ReadLine;
import dev.groupbuy.core.jielong.tokens.BuildingScanner;
import java.util.List;

/**
 * Decides whether a message is a sign-up chain at all. A chain has numbered lines that read like
 * sign-ups (a short name, usually with a quantity); pickup instructions, group rules, recipes, previews,
 * summaries and payment reminders are numbered lists too, but their lines read like sentences or their
 * heading says what they are.
 */
public final class ChainDetector {

    private static final List<String> NEVER_A_CHAIN = List.of(
            "未付", "没付", "冇付", "未支付", "没有付", "没给钱", "没给", "冇给", "催款", "补款", "付款提醒", "收款提醒", "未转账", "没转账", "怎么做", "怎么烤",
            "怎么蒸", "怎么煮", "怎么吃", "咋吃", "分货表", "群昵称", "还没转", "几位没转", "没转的", "位还没", "都处理好了", "共接龙", "统计】", "步骤", "食谱",
            "菜谱", "群规", "汇总", "统计结果", "统计如下", "已统计", "统计完", "统计好", "已截单", "已经截单", "截单啦", "截单了", "已截止", "结果如下", "预告",
            "名单确认", "确认名单", "最终名单", "分拣", "缺货", "退款", "中奖", "断码了", "断货了", "称重结果", "接龙统计", "抽奖结果", "免单名单", "售后登记",
            "售后名单", "付款核对", "核对付款", "收款情况", "对账", "咋个接", "怎么接龙", "如何接龙", "接龙方法", "分货单", "答疑", "测评", "统一回复");
    /** {@code 备注已付/未付}, {@code 已付或未付}: how to mark the sign-up, not a list of who has not paid. */
    private static final java.util.regex.Pattern PAID_OR_NOT =
            java.util.regex.Pattern.compile("已付\\s*(?:/|或|、|还是|or)\\s*未付|未付\\s*(?:/|或|、)\\s*已付");

    /** Words of the group's own notices, which show examples of how to write too ({@code 群昵称改成…，比如：}). */
    private static final List<String> NEVER_EVEN_WITH_AN_EXAMPLE = List.of("【群公告】", "群昵称");

    private static final List<String> NOT_A_CHAIN_WITHOUT_MARKER = List.of(
            "教程", "须知", "温馨提示", "注意事项", "通知", "提示", "说明", "规则", "名单", "到货啦", "已到货", "尽快付", "请尽快", "付款", "转账", "收款",
            "取货", "领取", "来拿", "以下", "到货", "到了", "码数参考", "尺码参考", "尺码对照", "尺码表", "早市", "行情", "比比价", "比价", "菜价", "价目表",
            "价格表", "处理好了", "做法", "配送顺序", "送货顺序", "派送顺序", "路线", "按这个顺序", "按下面顺序", "按顺序", "配送清单", "送货清单", "还没取", "没取的",
            "未取", "还没拿", "几家没拿", "几位没拿", "没来拿", "几家没领", "请核对", "下周排班", "值班表");

    private ChainDetector() {}

    /**
     * A heading that ends by saying it counts ({@code 今晚送货分楼统计（师傅对照这个卸货）：}), with no 接龙 marker: a tally,
     * not a list to sign ({@code #接龙 … 方便我统计：} stays a chain).
     */
    private static final java.util.regex.Pattern TALLY_HEADING =
            java.util.regex.Pattern.compile("(?m)统计\\s*(?:[（(][^）)\\n]*[）)])?\\s*[:：]\\s*$");

    private static boolean headedAsATally(String preamble) {
        return TALLY_HEADING.matcher(preamble).find();
    }

    /**
     * @param afterExample the lines between the example line and the first sign-up, or {@code null} when the post
     *     has no example line: above an example line the words of a deal post's rules ({@code 汇总}, {@code 未付款的截单时删除},
     *     {@code 统计好本站人数}) say how the chain works, not that the message is a summary or a reminder
     * @param leaderSentences numbered lines above the first sign-up that read as sentences ({@code 1. 截单后不接受取消}):
     *     they count against the list being a chain like sentences below it do
     */
    public static boolean isChain(
            List<ReadLine> lines,
            String preamble,
            String afterExample,
            String postamble,
            boolean marker,
            int leaderSentences) {
        String heading = afterExample != null
                ? afterExample
                : preamble.contains("未付") ? PAID_OR_NOT.matcher(preamble).replaceAll(" ") : preamble;
        if (lines.isEmpty()
                || containsAny(withoutDealConditions(withoutTallies(heading)), NEVER_A_CHAIN)
                || containsAny(preamble, NEVER_EVEN_WITH_AN_EXAMPLE)
                || (!marker && headedAsATally(preamble))) {
            return false;
        }
        if (isUnpricedRegistration(preamble)) {
            return false; // #接龙 春节访客停车登记: names and plates signed up, nothing bought
        }
        if (!marker && addressedToSomeone(preamble.stripLeading())) {
            return false; // a message to someone (@团长 上周的货有点问题：…), not a list to sign
        }
        if (!marker
                && !isADealPost(preamble)
                && (containsAny(withoutPickupFields(preamble), NOT_A_CHAIN_WITHOUT_MARKER)
                                && !isPricedArrivalDate(preamble)
                        || containsAny(withoutTallies(postamble), NOT_A_CHAIN_WITHOUT_MARKER))) {
            return false;
        }
        int signUps = 0;
        int withOrder = 0;
        int prose = leaderSentences;
        for (ReadLine line : lines) {
            if (line.looksLikeSignUp()) {
                signUps++;
                if (line.orderSignal()) {
                    withOrder++;
                }
            } else {
                prose++;
            }
        }
        if (signUps == 0 || prose >= signUps) {
            return false;
        }
        return marker || withOrder * 2 >= signUps;
    }

    /**
     * Words of a deal's arrival and how it is collected or paid ({@code 明早 7元/个 付款后打✅}, {@code 下午4点截 5点送到
     * 护士站 交班时候来拿}), which a post that prices what it sells says of itself.
     */
    private static final List<String> ARRIVAL_AND_COLLECTING = List.of("到货", "到了", "来拿", "取货", "领取", "付款", "转账");

    /**
     * {@code 【社区蔬菜团】今日到货} over lines of prices: a deal post saying when the goods come, not a notice that
     * they came — its only words against a chain are of arrival, collecting or paying, and it prices what it sells.
     * Arrival with collecting ({@code 梨子到了，请大家来拿}) is a notice unless the post says when orders close.
     */
    private static boolean isPricedArrivalDate(String preamble) {
        List<String> found = new java.util.ArrayList<>();
        for (String word : NOT_A_CHAIN_WITHOUT_MARKER) {
            if (preamble.contains(word)) {
                found.add(word);
            }
        }
        if (found.contains("通知") && NOTIFY_ON_ARRIVAL.matcher(preamble).find()) {
            found.remove("通知"); // 周五到货 到了群里通知: a promise to tell, not the notice
        }
        if (!ARRIVAL_AND_COLLECTING.containsAll(found)) {
            return false;
        }
        boolean arrived = found.contains("到货") || found.contains("到了");
        boolean collecting = found.stream().anyMatch(w -> !w.equals("到货") && !w.equals("到了"));
        if (arrived && collecting && !CLOSES.matcher(preamble).find()) {
            return false; // 梨子到了，请大家来拿: come and collect what came, unless the post also says when it closes
        }
        for (String line : preamble.split("\n")) {
            if (LineClassifier.isPriceLine(line) || LineClassifier.hasPlainPrice(line) || endsWithAPrice(line)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code #接龙 春节期间访客临时停车登记}, {@code 车位租赁意向登记（不收费）}: a heading that registers people, over a post
     * that prices nothing — a list of who, not of what they buy.
     */
    private static boolean isUnpricedRegistration(String preamble) {
        if (!firstLine(preamble.stripLeading()).contains("登记")) {
            return false;
        }
        for (String line : preamble.split("\n")) {
            if (LineClassifier.carriesAPrice(line) || LineClassifier.hasPlainPrice(line) || endsWithAPrice(line)) {
                return false;
            }
        }
        return true;
    }

    /** Words a deal post opens with in place of 接龙: {@code 研发部 螺蛳粉拼单}, {@code 儿科病区 水果拼团}. */
    private static final List<String> DEAL_TITLES = List.of("拼单", "拼团", "团购", "开团", "代购", "拼购", "预订", "预定");

    private static final java.util.regex.Pattern CLOSES = java.util.regex.Pattern.compile("截单|截团|收单|点截(?!止)");

    /**
     * {@code 研发部 螺蛳粉拼单 🍜 12.5一袋 … 今天下午6点截}: a post that opens as a deal and says when orders close,
     * which no notice of arrival or pickup does — its words of pickup are the deal's.
     */
    private static boolean isADealPost(String preamble) {
        return containsAny(firstLine(preamble), DEAL_TITLES)
                && CLOSES.matcher(preamble).find()
                && !preamble.contains("已截");
    }

    /** {@code text} up to its first line break: a post's heading. */
    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    /** {@code 取货：后天上午 3号楼快递柜}, {@code 取货时间}: the deal's pickup field, which a deal post has too. */
    private static final java.util.regex.Pattern PICKUP_FIELD =
            java.util.regex.Pattern.compile("(?m)^\\s*[【\\[]?(?:取货|提货)(?:时间|地点|地址|方式)?[】\\]]?\\s*[:：]");

    /** The post without its pickup field, when it also says when orders close (截单, 截止): a deal post. */
    private static String withoutPickupFields(String preamble) {
        if (!preamble.contains("截")) {
            return preamble;
        }
        return PICKUP_FIELD.matcher(preamble).replaceAll(" ");
    }

    /** {@code 到了群里通知}, {@code 到货通知大家}: the leader promising to tell when the goods come. */
    private static final java.util.regex.Pattern NOTIFY_ON_ARRIVAL =
            java.util.regex.Pattern.compile("(?:到了|到货)(?:后|以后)?(?:会)?(?:在)?(?:群里|群内)?(?:再)?通知");

    /** Words a resident opens a message to the leader with: {@code 群主 昨天那黏豆包咋回事儿啊}. */
    private static final List<String> ADDRESSES = List.of("@", "群主", "团长", "团团", "老板");

    private static boolean addressedToSomeone(String preamble) {
        if (preamble.startsWith("@所有人") || preamble.startsWith("@全体") || preamble.startsWith("@all")) {
            return false; // @所有人 本周五团建零食采购，需要的接一下: the leader speaking to everyone
        }
        for (String address : ADDRESSES) {
            if (preamble.startsWith(address)) {
                int after = address.length();
                return after >= preamble.length()
                        || address.equals("@")
                        || " ,，:：!！、~".indexOf(preamble.charAt(after)) >= 0
                        || "你您我昨今上这那的".indexOf(preamble.charAt(after)) >= 0;
            }
        }
        return false;
    }

    /** {@code A 烟台红富士 10斤/箱 49}, {@code 套餐A（6样 约6斤）29.9}: a product line ending with its price. */
    private static boolean endsWithAPrice(String line) {
        String s = line.strip();
        int end = s.length();
        int start = end;
        while (start > 0 && (BuildingScanner.isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            start--;
        }
        boolean spaced = start > 0 && (s.charAt(start - 1) == ' ' || s.charAt(start - 1) == ')');
        return end - start >= 2 && spaced && BuildingScanner.isDigit(s.charAt(start)) && start > 2;
    }

    /**
     * The lines but the leader's running tally ({@code 已接：18袋（团长统计）}, {@code 共52斤，明早8点到货}): it counts
     * the list, it does not make it a summary or a notice. A heading such as {@code 统计如下} holds no number and stays.
     */
    /** {@code 满100袋发货，不满退款}, {@code 如遇缺货自动退款}: a condition of the deal, not a notice of refunds. */
    private static final java.util.regex.Pattern CONDITIONAL_REFUND =
            java.util.regex.Pattern.compile("(?:不满|不够|未满|没满|不成团|未成团|成团失败|如遇缺货|若缺货|缺货的话)[^。，,；;\\n]{0,8}?退款");

    /**
     * The post without what a deal says of itself: a refund promised if it fails, and a product marked sold out on
     * its own priced line ({@code B 夏威夷果 45元（缺货，到了另外通知）}) — neither makes a notice of refunds or
     * shortages.
     */
    private static String withoutDealConditions(String preamble) {
        String out =
                preamble.contains("退款") ? CONDITIONAL_REFUND.matcher(preamble).replaceAll(" ") : preamble;
        if (!out.contains("缺货")) {
            return out;
        }
        StringBuilder kept = new StringBuilder(out.length());
        for (String line : out.split("\n", -1)) {
            kept.append(LineClassifier.carriesAPrice(line) ? line.replace("缺货", " ") : line)
                    .append('\n');
        }
        return kept.toString();
    }

    private static String withoutTallies(String postamble) {
        StringBuilder out = new StringBuilder();
        for (String line : postamble.split("\n")) {
            if (!LineClassifier.isFooter(line) || line.chars().noneMatch(Character::isDigit)) {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean containsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
