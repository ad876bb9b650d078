package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.util.List;
import java.util.stream.Collectors;

/** The words the bot uses about sign-ups: short, friendly Simplified Chinese. Pure text building. */
final class SignUpReplies {

    private static final int MAX_NAMES = 5;
    private static final int MAX_QUOTE = 16;

    private SignUpReplies() {}

    /**
     * Asks each participant whose new line could not be read, e.g. "@王姐 没看懂「王姐 老样子」，…", naming them
     * exactly: the sender's own line by the sender's display name.
     */
    static String askToClarify(Deal deal, List<ChainEntry> reviews, String senderName) {
        return reviews.stream()
                .map(entry -> askOne(deal, entry, addressee(entry, senderName)))
                .collect(Collectors.joining("\n"));
    }

    /**
     * Whom to @ about a line: the sender's display name when the line is the sender's own (it starts with it,
     * and the name read from it is that name or a shorter piece of it), else the name as written on the line.
     */
    static String addressee(ChainEntry entry, String senderName) {
        String name = entry.name().strip();
        String sender = senderName == null ? "" : senderName.strip();
        boolean own = !sender.isEmpty()
                && (name.equals(sender)
                        || (sender.startsWith(name)
                                && SignUpMerger.textOf(entry).startsWith(sender)));
        return own ? sender : name;
    }

    private static String askOne(Deal deal, ChainEntry entry, String name) {
        String line = "「" + quote(SignUpMerger.textOf(entry)) + "」";
        String at = name.isEmpty() ? "" : "@" + name + " ";
        return switch (entry.reason() == null ? ReviewReason.UNCLEAR_QUANTITY : entry.reason()) {
            case QUESTION -> at + line + "先没记单，团长看到会回复你～";
            case NO_NAME -> line + "没写名字，先没记单，麻烦带上名字再接一次";
            case UNCLEAR_NAME -> line + "看不出是谁接的，先没记单，麻烦把自己的名字写在最前面再接一次";
            case TOO_LONG -> at + line + "太长了没法记，麻烦只写名字和数量";
            case REPEATED_LINE -> at + line + "接了两次，先按一次记，要两份的话麻烦写清数量";
            case UNIT_MISMATCH -> at + line + "的单位对不上，麻烦按" + units(deal) + "写，如『" + example(deal, name) + "』";
            case AMBIGUOUS_PRODUCT -> at + line + "不确定是哪个商品，麻烦写清商品名，如『" + example(deal, name) + "』";
            default -> at + "没看懂" + line + onSale(deal, entry) + "，麻烦在接龙里写清商品和数量，如『" + example(deal, name) + "』";
        };
    }

    private static String units(Deal deal) {
        return deal.catalog().stream()
                .map(CatalogItem::unit)
                .filter(unit -> !unit.isEmpty())
                .distinct()
                .collect(Collectors.joining("/"));
    }

    /** When the line names something not in the deal, says what is on sale (for small catalogs). */
    private static String onSale(Deal deal, ChainEntry entry) {
        if (entry.reason() != ReviewReason.UNKNOWN_PRODUCT || deal.catalog().size() > 3) {
            return "";
        }
        return "（这次只有" + deal.catalog().stream().map(CatalogItem::name).collect(Collectors.joining("、")) + "）";
    }

    /** Lines set aside because their order would not fit, e.g. "第3行的名字太长了（「王王王…」），没有记上，…". */
    static String setAside(List<LineProblem.Line> lines) {
        return lines.stream().map(SignUpReplies::setAsideOne).collect(Collectors.joining("\n"));
    }

    private static String setAsideOne(LineProblem.Line line) {
        String where = "第" + line.entry().seq() + "行";
        String what = "（「" + quote(SignUpMerger.textOf(line.entry())) + "」）";
        return switch (line.problem()) {
            case NAME_TOO_LONG -> where + "的名字太长了" + what + "，没有记上，麻烦用短一点的名字重新接一下";
            case QUANTITY_OUT_OF_RANGE -> where + "的数量记不了" + what + "，没有记上，麻烦写个正常的数量重新接一下";
            case NOT_STORED -> where + what + "没能记上";
        };
    }

    /** Tells the leaders which lines the store refused, e.g. "@王团长 第2行（「…」）没能记上，麻烦团长核对一下". */
    static String notStored(List<String> leaderNames, List<LineProblem.Line> lines) {
        String who = leaderNames.stream()
                .filter(name -> !name.isBlank())
                .map(name -> "@" + name + " ")
                .collect(Collectors.joining());
        String which = lines.stream()
                .map(line -> "第" + line.entry().seq() + "行（「" + quote(SignUpMerger.textOf(line.entry())) + "」）")
                .collect(Collectors.joining("、"));
        return who + which + "没能记上，麻烦团长核对一下，需要的话帮忙补登";
    }

    /** Late lines: sign-ups from newcomers, and changes from people who already had an order. */
    static String closed(List<String> newcomers, List<String> changers) {
        StringBuilder text = new StringBuilder("本单已截单");
        if (!newcomers.isEmpty()) {
            text.append("，").append(listNames(newcomers)).append("的接龙没有记上，没赶上的邻居下次早点哦");
        }
        if (!changers.isEmpty()) {
            text.append(newcomers.isEmpty() ? "，" : "；")
                    .append(listNames(changers))
                    .append("的修改没有记上，有变动请私聊团长");
        }
        return text.toString();
    }

    static String mergedList(Deal deal, List<Order> active) {
        StringBuilder text = new StringBuilder("接龙分叉了，两边的都已记上。合并后的名单，请复制这份接着接：\n");
        text.append(deal.title());
        for (int i = 0; i < active.size(); i++) {
            Order order = active.get(i);
            text.append('\n').append(i + 1).append(". ").append(order.name()).append(' ');
            text.append(describeItems(deal, order.items()));
        }
        return text.toString();
    }

    static String whichDeal(List<Deal> deals) {
        String titles = deals.stream().map(Deal::title).collect(Collectors.joining("、"));
        return "现在有几个团同时在接龙（" + titles + "），这条没认出是哪个团的，先没记上，麻烦团长看一下～";
    }

    static String describeItems(Deal deal, List<OrderItem> items) {
        boolean single = deal.catalog().size() == 1;
        return items.stream()
                .map(item -> deal.catalog().stream()
                        .filter(c -> c.sku().equals(item.sku()))
                        .findFirst()
                        .map(c -> (single ? "" : c.name()) + item.qty().toPlainString() + c.unit())
                        .orElse(item.sku() + "×" + item.qty().toPlainString()))
                .collect(Collectors.joining(" "));
    }

    private static String example(Deal deal, String name) {
        if (deal.catalog().isEmpty()) {
            return name + " 1份";
        }
        CatalogItem first = deal.catalog().get(0);
        String unit = first.unit().isEmpty() ? "份" : first.unit();
        return name + " " + (deal.catalog().size() == 1 ? "" : first.name()) + "1" + unit;
    }

    private static String listNames(List<String> names) {
        String shown = String.join("、", names.subList(0, Math.min(MAX_NAMES, names.size())));
        return names.size() > MAX_NAMES ? shown + "等" : shown;
    }

    private static String quote(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_QUOTE) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_QUOTE)) + "…";
    }
}
