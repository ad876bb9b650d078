package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.layout.ChainDetector;
import dev.groupbuy.core.jielong.layout.ChainLayout;
import dev.groupbuy.core.jielong.layout.Dozens;
import dev.groupbuy.core.jielong.layout.IdColumn;
import dev.groupbuy.core.jielong.layout.LineClassifier;
import dev.groupbuy.core.jielong.layout.PaymentTally;
import dev.groupbuy.core.jielong.layout.PostCodes;
import dev.groupbuy.core.jielong.layout.PostOptions;
import dev.groupbuy.core.jielong.layout.PostSizes;
import dev.groupbuy.core.jielong.layout.RunTogetherLines;
import dev.groupbuy.core.jielong.layout.SequenceNumber;
import dev.groupbuy.core.jielong.layout.SequenceNumberReader;
import dev.groupbuy.core.jielong.reading.EntryReader;
import dev.groupbuy.core.jielong.reading.FieldOrder;
import dev.groupbuy.core.jielong.reading.FormFields;
import dev.groupbuy.core.jielong.reading.NameLikeness;
import dev.groupbuy.core.jielong.reading.PostPlaces;
import dev.groupbuy.core.jielong.reading.Prose;
import dev.groupbuy.core.jielong.reading.ReadLine;
import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.order.OrderItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a 接龙 message against a deal's catalog, as a careful leader would. A pure function: it never
 * throws on any text; a line it cannot read is an entry flagged for review. Thread-safe; the catalog
 * matcher is built once per catalog and kept for the most recent catalogs, with the readings of the lines
 * read against it (each new chain message repeats the earlier lines).
 */
public final class ChainParser {

    private record Prepared(List<CatalogItem> catalog, EntryReader reader) {}

    /** Deals read side by side (one chat pipeline serves many groups) keep their readers and what they read. */
    private static final int PREPARED_CATALOGS = 32;

    private volatile Prepared prepared;
    private final Map<List<CatalogItem>, EntryReader> recent = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<CatalogItem>, EntryReader> eldest) {
            return size() > PREPARED_CATALOGS;
        }
    };

    /**
     * A line that asks what only the neighbour's earlier line can say ({@link EarlierOrder}) is answered from
     * that neighbour's latest line above when it ordered clearly (rare lines: looked up only for them).
     */
    private static ReadLine answeredByEarlierLine(ReadLine line, List<ReadLine> above) {
        if (line.earlier() == null) {
            return line;
        }
        String sameAs = line.earlier().sameAs();
        String name = sameAs != null ? sameAs : line.entry().name();
        for (int k = above.size() - 1; k >= 0; k--) {
            ChainEntry earlier = above.get(k).entry();
            boolean meant = sameAs != null && String.valueOf(earlier.seq()).equals(sameAs);
            if (!meant && !earlier.name().equals(name)) {
                continue;
            }
            if (earlier.review()
                    && (earlier.reason() == ReviewReason.REPEATED_LINE || earlier.reason() == ReviewReason.QUESTION)
                    && !meant) {
                continue; // 黄婶 三黄鸡1 土鸭1 posted again, 能不能多放枣？: the order is the one above it
            }
            if (earlier.review() && line.entry().cancelled()) {
                return line.asked(ReviewReason.UNCLEAR_QUANTITY); // 5号不要了 of an order the leader is asked about
            }
            if (earlier.cancelled() || earlier.review() || earlier.items().isEmpty()) {
                return line; // nothing clear to go by: the line's own reading stands
            }
            List<OrderItem> items = line.earlier().applyTo(earlier.items());
            return items.isEmpty() ? line : line.answered(items);
        }
        return line;
    }

    /**
     * {@code line} read again against the catalog with the post's options ({@link PostOptions}) when it names an
     * option or the deal's own words leave it unclear: the options' counts added up into the one product, as long as
     * only options were counted and the name holds ({@code 咸肉5个} when the post offers 红枣、咸肉; {@code 9栋1203
     * 三鲜2斤}, where the first reading took the option for the name). Otherwise the first reading stands.
     */
    private static ReadLine readByOptions(
            ReadLine line, EntryReader optionReader, List<CatalogItem> withOptions, int seq, String body, String raw) {
        boolean unclear = line.entry().reason() == ReviewReason.UNKNOWN_PRODUCT
                || line.entry().reason() == ReviewReason.CONFLICTING_NUMBERS
                || line.entry().reason() == ReviewReason.UNCLEAR_QUANTITY;
        if (!(unclear || PostOptions.namesAnOption(body, withOptions))
                || (PostOptions.countedBeforeTheOptions(body, withOptions)
                        && !PostOptions.namesAProduct(body, withOptions))) {
            return line;
        }
        ReadLine byOption = readSafely(optionReader, seq, body, raw, null);
        ChainEntry e = byOption.entry();
        boolean sameName = line.entry().name().isEmpty()
                || e.name().equals(line.entry().name())
                || PostOptions.namesAnOption(line.entry().name(), withOptions);
        boolean clear = !e.review() && !e.cancelled() && byOption.earlier() == null;
        List<OrderItem> merged = clear && sameName ? PostOptions.merged(e.items(), body, withOptions) : null;
        return merged == null ? line : byOption.answered(merged);
    }

    /** Whether a product is named by a number ({@code 黑色37}, {@code 110码}): then a number may name it. */
    private static boolean namedByNumbers(List<CatalogItem> products) {
        for (CatalogItem p : products) {
            if (hasDigit(p.name())) {
                return true;
            }
            for (String alias : p.aliases()) {
                if (alias.length() > 1 && hasDigit(alias)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    public ParsedChain parse(String text, List<CatalogItem> catalog) {
        String normalized = TextNormalizer.normalize(text);
        String[] asSplit = lines(normalized);
        String[] lines = withContinuationsJoined(
                withWrappedCountsJoined(withFormLinesJoined(RunTogetherLines.split(asSplit)), catalog), catalog);
        ChainLayout layout = ChainLayout.of(lines);
        List<CatalogItem> products =
                catalog == null ? List.of() : PostCodes.withCodes(unitsAsRead(catalog), lines, layout);
        EntryReader reader = readerFor(products);
        List<CatalogItem> withOptions = PostOptions.withOptions(products, lines, layout);
        EntryReader optionReader = withOptions == products ? null : readerFor(withOptions);
        PostSizes sizes = PostSizes.of(lines, layout);
        sizes = sizes == PostSizes.NONE || namedByNumbers(products) ? PostSizes.NONE : sizes;
        boolean dozens = Dozens.applyTo(products);
        boolean pairs = Dozens.pairsApplyTo(products);
        FieldOrder fields = FieldOrder.of(lines, layout);
        PostPlaces places = PostPlaces.of(lines, layout, products);
        PaymentTally tally = PaymentTally.of(lines, layout);
        List<ReadLine> read = new ArrayList<>();
        Map<String, Integer> seen = null;
        boolean allCircled = false;
        int first = -1;
        int last = -1;
        List<OrderItem> previous = null;
        int leaderSentences = 0;
        int leaderSeq = Integer.MAX_VALUE;
        int restartAt = -1;
        int lastBeforeRestart = -1;
        boolean idColumn = IdColumn.isPresent(lines, layout);
        Set<String> menu = numberedAbove(lines, layout, layout.exampleLine());
        for (int i = 0; i < lines.length; i++) {
            SequenceNumber seq = layout.sequence(i);
            if (seq == null || i <= layout.exampleLine()) {
                continue;
            }
            if (!menu.isEmpty() && menu.contains(lines[i].strip())) {
                continue; // the post pasted again below sign-ups: its numbered products are still the leader's
            }
            String body = stripped(lines[i], seq.bodyStart());
            body = sizes.marked(idColumn ? IdColumn.without(body) : body);
            body = dozens ? Dozens.asPieces(body) : body;
            body = pairs ? Dozens.pairsAsPieces(body) : body;
            body = fields.rewritten(body);
            String placed = body;
            body = tally.rewritten(places.rewritten(body));
            boolean leaderPrice = first < 0 && LineClassifier.isPriceLine(body);
            if (isEmptySlot(body) || LineClassifier.isExample(body) || leaderPrice) {
                continue;
            }
            if (!read.isEmpty() && pastedTwice(read.get(read.size() - 1).entry(), seq.value(), lines[i])) {
                continue; // 13. 阿梅 2盒 twice in a row: one line pasted twice, one order
            }
            ReadLine line = readSafely(reader, seq.value(), body, lines[i], previous);
            if (!placed.equals(body)) {
                line = line.writtenAs(placed.strip()); // 大埔 阿辉 2箱: read without the place, quoted with it
            }
            if (optionReader != null) {
                line = readByOptions(line, optionReader, withOptions, seq.value(), body, lines[i]);
            }
            if (first < 0 && isLeaderLine(line, body, products)) {
                leaderSentences += line.prose() ? 1 : 0;
                leaderSeq = seq.value();
                continue;
            }
            if (first < 0 && seq.value() <= leaderSeq) {
                leaderSentences = 0; // the sign-ups number afresh below the leader's numbered rules
            }
            boolean circled = startsWithACircledNumber(lines[i]);
            boolean otherStyle = allCircled && !circled; // ① ② ③ for the products, then 1. 2. 3. for the sign-ups
            if (!read.isEmpty()
                    && seq.value() <= read.get(read.size() - 1).entry().seq()
                    && (otherStyle || isMenu(read))) {
                read.clear(); // the numbering starts again below the leader's numbered menu
                restartAt = -1;
                leaderSentences = 0;
                first = -1;
                previous = null;
                seen = null;
            }
            if (!read.isEmpty()
                    && seq.value() == 1
                    && read.get(read.size() - 1).entry().seq() > 1) {
                restartAt = read.size();
                lastBeforeRestart = last;
            }
            allCircled = (read.isEmpty() || allCircled) && circled;
            line = answeredByEarlierLine(line, read);
            if (!line.entry().review()
                    && !line.entry().cancelled()
                    && !line.entry().name().isEmpty()) {
                seen = seen == null ? new HashMap<>(lines.length * 2) : seen;
                Integer before = seen.putIfAbsent(line.entry().text(), seq.value());
                if (before != null && before != seq.value()) {
                    line = line.asked(ReviewReason.REPEATED_LINE); // 8. 艳艳 1个 / 9. 艳艳 1个: twice, or pasted twice?
                }
            }
            read.add(line);
            previous = line.entry().items();
            first = first < 0 ? i : first;
            last = i;
        }
        if (restartAt > 0 && restartAt < read.size() && areNotes(read.subList(restartAt, read.size()))) {
            read.subList(restartAt, read.size()).clear(); // ⚠️注意事项 1. 按块发货… below the sign-ups: the leader's notes
            last = lastBeforeRestart;
        }
        int end = first < 0 ? lines.length : first;
        int example = layout.exampleLine();
        boolean chain = ChainDetector.isChain(
                read,
                layout.join(0, end),
                example >= 0 && example < end ? layout.join(example + 1, end) : null,
                layout.join(last + 1, lines.length),
                layout.hasMarkerBefore(end),
                leaderSentences);
        if (!chain) {
            return ParsedChain.notAChain();
        }
        List<ChainEntry> entries = new ArrayList<>(read.size() + 1);
        read.forEach(line -> entries.add(line.entry()));
        entries.addAll(unnumberedLastLines(reader, layout, last, entries));
        if (normalized != text
                && (TextNormalizer.hasFullWidthLettersOrDigits(text) || TextNormalizer.hasTraditional(text))) {
            namesAsWritten(text, asSplit, entries);
        }
        return new ParsedChain(true, layout.title(), entries);
    }

    /**
     * {@code ⚠️注意事项：1. 按块发货，实际重量会有出入 2. 周四晚7点到…}: lines numbered afresh from 1 below the sign-ups,
     * most of them sentences or words that order nothing, are the leader's notes.
     */
    private static boolean areNotes(List<ReadLine> block) {
        int notes = 0;
        for (ReadLine line : block) {
            notes += line.prose() || !line.orderSignal() ? 1 : 0;
        }
        return block.size() >= 2 && notes * 2 > block.size() && isMenu(block);
    }

    /** The catalog with its units folded as lines are ({@code 隻} is {@code 只}), so a count in one fits the other. */
    private static List<CatalogItem> unitsAsRead(List<CatalogItem> catalog) {
        if (catalog.stream().allMatch(p -> TextNormalizer.normalize(p.unit()).equals(p.unit()))) {
            return catalog;
        }
        return catalog.stream()
                .map(p -> new CatalogItem(
                        p.sku(),
                        p.name(),
                        p.aliases(),
                        TextNormalizer.normalize(p.unit()),
                        p.price(),
                        p.stock(),
                        p.limitPerPerson(),
                        p.productId()))
                .toList();
    }

    /**
     * The numbered lines with a price above the example line ({@code 1. 丹东草莓 25元/盒}), stripped: the leader's
     * menu, which stays the leader's when the post is pasted again below sign-ups.
     */
    private static Set<String> numberedAbove(String[] lines, ChainLayout layout, int end) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < end; i++) {
            if (layout.sequence(i) != null && LineClassifier.carriesAPrice(lines[i])) {
                out.add(lines[i].strip());
            }
        }
        return out;
    }

    /** The line right above, pasted again: the same number and the very same words. */
    private static boolean pastedTwice(ChainEntry above, int seq, String line) {
        return above.seq() == seq && above.line().strip().equals(line.strip());
    }

    /**
     * {@code 1. 明前龙井 250g/罐 168} … and then {@code 1. 品茶人 龙井2罐}: numbered lines read before the numbering
     * starts again are the leader's menu or instructions ({@code 1. 周二晚9点截单}) when most of them name nobody,
     * carry a price or a size per unit, or read as sentences with no order.
     */
    private static boolean isMenu(List<ReadLine> block) {
        int menuLike = 0;
        for (ReadLine line : block) {
            ChainEntry e = line.entry();
            boolean instruction = line.prose() || (!line.orderSignal() && NameLikeness.of(e.name()) <= 0);
            if (e.name().length() <= 1
                    || line.namedByProductWord() // 加卤蛋 3: the leader's product and its price
                    || e.text().indexOf('/') >= 0
                    || LineClassifier.isPriceLine(e.text())
                    || endsWithAPrice(e.text())
                    || instruction) {
                menuLike++;
            }
        }
        return menuLike > 0 && menuLike * 2 >= block.size();
    }

    private static boolean startsWithACircledNumber(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (!TextNormalizer.isSpace(c)) {
                return SequenceNumberReader.circledValue(c) > 0;
            }
        }
        return false;
    }

    /**
     * {@code 家常套餐：土豆1斤+番茄1斤 12元}, {@code 梅菜扣肉 42}: a line that ends with a price (with 元, or a bare number
     * of two digits or more after a space) and says nothing of paying is the leader's product with its price, not a
     * resident's line.
     */
    private static boolean endsWithAPrice(String text) {
        String t = text.strip();
        int end = t.length();
        if (end < 2 || t.contains("付") || t.contains("转")) {
            return false;
        }
        if (t.charAt(end - 1) != '元') {
            int d = end;
            while (d > 0 && Character.isDigit(t.charAt(d - 1))) {
                d--;
            }
            return end - d >= 2 && end - d <= 4 && d > 0 && t.charAt(d - 1) == ' '; // 梅菜扣肉 42: a price of 10 or more
        }
        int d = end - 1;
        while (d > 0 && (Character.isDigit(t.charAt(d - 1)) || t.charAt(d - 1) == '.')) {
            d--;
        }
        return d < end - 1 && (d == 0 || t.charAt(d - 1) == ' ');
    }

    /**
     * Gives back each name as it was written where normalising changed it: {@code ＫＫ} stays {@code ＫＫ} (it is how
     * the person calls themselves, and how the bot must address them).
     */
    private static void namesAsWritten(String text, String[] lines, List<ChainEntry> entries) {
        int[] origins = TextNormalizer.origins(text);
        int line = 0;
        int start = 0;
        for (int k = 0; k < entries.size(); k++) {
            ChainEntry e = entries.get(k);
            while (line < lines.length
                    && !lines[line].equals(e.line())
                    && !lines[line].contains(e.line()) // sign-ups run together on one line
                    && !e.line().startsWith(lines[line].stripTrailing() + " ")) { // a line joined to the one under it
                start += lines[line].length() + 1;
                line++;
            }
            if (line == lines.length) {
                return;
            }
            int at = e.name().isEmpty() ? -1 : lines[line].indexOf(e.name());
            if (at >= 0) {
                String written = TextNormalizer.asWritten(
                        text, origins, start + at, start + at + e.name().length());
                if (!written.equals(e.name())) {
                    entries.set(
                            k,
                            new ChainEntry(
                                    e.seq(),
                                    written,
                                    e.items(),
                                    e.cancelled(),
                                    e.review(),
                                    e.reason(),
                                    e.note(),
                                    e.text(),
                                    e.line()));
                }
            }
        }
    }

    /** Numerals a count starts with, besides digits. */
    private static final String NUMERALS = "一二两三四五六七八九十俩仨半";

    /** Units of one character a count ends with; {@code kg} and {@code KG} besides. */
    private static final String UNITS = "斤个只盒袋箱份瓶包筐块条提桶杯罐g串把颗打套件双支板";

    /** A count of something, as a line or a name's line may hold it ({@code 2袋}, {@code 一筐}, {@code 三斤}). */
    private static final java.util.regex.Pattern COUNT =
            java.util.regex.Pattern.compile("(?:\\d+|[" + NUMERALS + "]+)\\s*(?:kg|KG|[" + UNITS + "])");

    /** A line that starts with a count, or with a menu number and its count ({@code 1号4块}). */
    private static final java.util.regex.Pattern STARTS_WITH_A_COUNT =
            java.util.regex.Pattern.compile("^(?:\\d+号\\s*)?" + COUNT.pattern());

    /**
     * {@code 1. 姓名：乌兰} then {@code 楼号：4号楼} and {@code 数量：A2 B1} on lines of their own: a form filled in one
     * field a line. The labelled lines below a numbered line that holds a label are that line's, joined to it.
     */
    private static String[] withFormLinesJoined(String[] lines) {
        List<String> out = null;
        int form = -1; // the numbered line with a label the lines below belong to, as an index into out
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (form < 0 && line.indexOf(':') < 0 && line.indexOf('：') < 0) {
                if (out != null) {
                    out.add(line); // no label, and no form above: a quick look before reading the line's number
                }
                continue;
            }
            boolean numbered = SequenceNumberReader.readOrNull(line) != null;
            if (!numbered && form >= 0 && FormFields.startsWithALabel(line)) {
                out = out == null ? new ArrayList<>(List.of(lines).subList(0, i)) : out;
                out.set(form, out.get(form).stripTrailing() + " " + line.strip());
                continue;
            }
            if (out != null) {
                out.add(line);
            }
            int at = out == null ? i : out.size() - 1;
            form = numbered && FormFields.hasALabel(line) ? at : line.isBlank() || numbered ? -1 : form;
        }
        return out == null ? lines : out.toArray(String[]::new);
    }

    /**
     * {@code 1. 陈阿姨 3号楼} then {@code 2袋} on a line of its own: a sign-up wrapped by the phone, or typed on two
     * lines. An unnumbered line that starts with a count, right under a numbered line that holds none, and followed by
     * the next numbered line, a blank line or the end, is the rest of that line; so is an order alone on such a line
     * ({@code A2 B1}, {@code 各一袋}, {@code 芝麻2袋}: {@link #isAnOrderAlone}).
     */
    private static String[] withWrappedCountsJoined(String[] lines, List<CatalogItem> catalog) {
        List<String> out = null;
        for (int i = 1; i < lines.length; i++) {
            String rest = lines[i].strip();
            boolean count = startsLikeACount(lines[i])
                    && STARTS_WITH_A_COUNT.matcher(rest).find();
            if (!count
                    && !(rest.length() <= 16
                            && SequenceNumberReader.readOrNull(lines[i - 1]) != null
                            && isAnOrderAlone(rest, catalog))) {
                continue; // most lines start with their number or a word
            }
            SequenceNumber above = SequenceNumberReader.readOrNull(lines[i - 1]);
            boolean nextApart = i + 1 >= lines.length
                    || lines[i + 1].isBlank()
                    || SequenceNumberReader.readOrNull(lines[i + 1]) != null;
            if (above == null
                    || !nextApart
                    || SequenceNumberReader.readOrNull(lines[i]) != null
                    || COUNT.matcher(lines[i - 1].substring(above.bodyStart())).find()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(List.of(lines));
            }
            int at = out.size() - (lines.length - i);
            out.set(at - 1, out.get(at - 1).stripTrailing() + " " + rest);
            out.remove(at);
        }
        return out == null ? lines : out.toArray(String[]::new);
    }

    /** At most this many unnumbered lines are the rest of the numbered line above them. */
    private static final int MAX_CONTINUATION_LINES = 2;

    /**
     * {@code 1. 孙姐 菠菜2斤} then {@code 西红柿3斤}, then {@code 2. 可可 …}: a resident who pressed Enter inside a
     * sign-up. One or two unnumbered lines right under a numbered line, with the next numbered line right under
     * them, are the rest of that line; below the last example line only (the leader's numbered lists above it keep
     * their lines), and never an example or a line the layout could number.
     */
    private static String[] withContinuationsJoined(String[] lines, List<CatalogItem> catalog) {
        int from = 0;
        for (int i = lines.length - 1; i >= 0; i--) {
            if (LineClassifier.isExample(lines[i])) {
                from = i + 1;
                break;
            }
        }
        List<String> out = null;
        int i = from;
        while (i < lines.length) {
            SequenceNumber above = SequenceNumberReader.readOrNull(lines[i]);
            int k = i + 1;
            while (above != null
                    && k < lines.length
                    && k - i <= MAX_CONTINUATION_LINES
                    && isContinuation(lines[k], above.value() + 1, catalog)) {
                k++;
            }
            SequenceNumber below = k < lines.length ? SequenceNumberReader.readOrNull(lines[k]) : null;
            boolean atTheEnd = k > i + 1 && restIsBlank(lines, k);
            boolean closed = k > i + 1
                    && !ASKS.matcher(lines[i]).find()
                    && (atTheEnd
                            || (below != null && below.value() > above.value() && below.value() <= above.value() + 2));
            if (closed && out == null) {
                out = new ArrayList<>(List.of(lines).subList(0, i));
            }
            if (closed) {
                StringBuilder joined = new StringBuilder(lines[i].stripTrailing());
                for (int c = i + 1; c < k; c++) {
                    joined.append(' ').append(lines[c].strip());
                }
                out.add(joined.toString());
                i = k;
            } else {
                if (out != null) {
                    out.add(lines[i]);
                }
                i++;
            }
        }
        return out == null ? lines : out.toArray(String[]::new);
    }

    /** Where a line is the leader's or a reply rather than the resident's own words. */
    private static final java.util.regex.Pattern NOT_THE_RESIDENTS = java.util.regex.Pattern.compile(
            "团长|群主|管理员|——|--|【|[?？]|^[-=*#@\\[(（]|^\\d+\\s*[.。、)）．,，:：]|已经|目前|暂时|累计|一共|共|还剩|还差|满|而家|现在");

    private static boolean restIsBlank(String[] lines, int from) {
        for (int i = from; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** A numbered line that asks something: the line under it may be the leader's answer. */
    private static final java.util.regex.Pattern ASKS = java.util.regex.Pattern.compile("[?？]|吗|不\\s*$");

    /** How a resident's own continuation starts: a change, a cancel, more of something, a share. */
    private static final java.util.regex.Pattern GOES_ON =
            java.util.regex.Pattern.compile("^(?:~~|[+＋]|改|不要|取消|还有|还要|再|另|加|换|也|帮|多|少|算了|撤|删|退|我|全部|都)");

    /** What a product named first may be followed by on a line of its own: a cancel or a change of it. */
    private static final String CHANGE_WORDS = "不要|取消|改|换|再|加|也|多|少|退|删";

    /** {@code C1 微辣}, {@code B不要了}: a code and its count, then words, or a code and its change. */
    private static final java.util.regex.Pattern CODE_THEN_MORE =
            java.util.regex.Pattern.compile("^[A-Za-z]\\s*(?:[xX*×]?\\s*\\d{1,2}(?![\\d.])|" + CHANGE_WORDS + ")");

    /** {@code 洋葱不要了}, {@code 番茄改2斤}: a product of the deal, then a cancel or a change of it. */
    private static boolean productThenChange(String rest, List<CatalogItem> catalog) {
        if (catalog == null) {
            return false;
        }
        for (CatalogItem item : catalog) {
            for (String word : item.aliases()) {
                if (word.length() >= 2 && startsWithAChange(rest, word)) {
                    return true;
                }
            }
            if (startsWithAChange(rest, item.name())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAChange(String rest, String word) {
        return rest.startsWith(word)
                && CHANGE.matcher(rest.substring(word.length()).stripLeading()).lookingAt();
    }

    private static final java.util.regex.Pattern CHANGE = java.util.regex.Pattern.compile(CHANGE_WORDS);

    private static boolean isLetterCode(char letter, List<CatalogItem> catalog) {
        if (catalog == null) {
            return false;
        }
        String code = String.valueOf(letter);
        return catalog.stream().anyMatch(item -> item.aliases().stream().anyMatch(code::equalsIgnoreCase));
    }

    private static boolean isContinuation(String line, int expected, List<CatalogItem> catalog) {
        String rest = line.strip();
        return !rest.isEmpty()
                && rest.length() <= 20
                && !NOT_THE_RESIDENTS.matcher(rest).find()
                && (!CatalogMatcher.isAsciiLetter(rest.charAt(0)) || isLetterCode(rest.charAt(0), catalog))
                && (GOES_ON.matcher(rest).find()
                        || STARTS_WITH_A_COUNT.matcher(rest).find()
                        || isAnOrderAlone(rest, catalog)
                        || CODE_THEN_MORE.matcher(rest).find()
                        || productThenChange(rest, catalog))
                && SequenceNumberReader.readOrNull(line) == null
                && SequenceNumberReader.readGlued(line, expected) == null
                && SequenceNumberReader.readBeforeQuantity(line, expected) == null
                && !LineClassifier.isExample(line)
                && !LineClassifier.isFooter(line)
                && !LineClassifier.hasChainMarker(line);
    }

    /** {@code A2 B1}, {@code C3}: codes and their counts, and nothing else. */
    private static final java.util.regex.Pattern CODES_ALONE = java.util.regex.Pattern.compile(
            "^(?:[A-Za-z]\\s*[xX*×]?\\s*(?:\\d{1,2}|[" + NUMERALS + "])\\s*[" + UNITS + "]?\\s*)+$");

    /** {@code 各一袋}, {@code 每样一份}: one count for every product, alone on the line. */
    private static final java.util.regex.Pattern EACH_ALONE =
            java.util.regex.Pattern.compile("^(?:各|每样|每种)(?:来|要)?(?:\\d{1,2}|[" + NUMERALS + "])\\s*[" + UNITS + "]?$");

    /**
     * {@code A2 B1}, {@code 各一袋}, {@code 芝麻2袋} alone on a line: an order, wrapped below the name it belongs to
     * ({@code 1. 阿娣} then {@code A2 B1}).
     */
    private static boolean isAnOrderAlone(String rest, List<CatalogItem> catalog) {
        if (rest.isEmpty() || rest.length() > 16) {
            return false;
        }
        char first = rest.charAt(0);
        if (CatalogMatcher.isAsciiLetter(first)) {
            return CODES_ALONE.matcher(rest).matches();
        }
        if (first == '各' || first == '每') {
            return EACH_ALONE.matcher(rest).matches();
        }
        if (catalog == null || Character.isDigit(first)) {
            return false;
        }
        for (CatalogItem item : catalog) {
            if (item.name().length() >= 2 && rest.startsWith(item.name())) {
                return COUNT.matcher(rest).find(); // 西红柿3斤
            }
            for (String alias : item.aliases()) {
                if (alias.length() >= 2 && rest.startsWith(alias)) {
                    return COUNT.matcher(rest).find(); // 芝麻2袋
                }
            }
        }
        return false;
    }

    /**
     * Whether the line starts, after spaces, with digits or a Chinese numeral and then (after spaces) a unit or 号:
     * {@code 2袋}, {@code 一筐}, {@code 1号4块}, not {@code 12. 王姐}.
     */
    private static boolean startsLikeACount(String line) {
        int i = 0;
        int n = line.length();
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        int start = i;
        while (i < n && (Character.isDigit(line.charAt(i)) || NUMERALS.indexOf(line.charAt(i)) >= 0)) {
            i++;
        }
        while (i < n && line.charAt(i) == ' ') {
            i++;
        }
        return i > start && i < n && (UNITS.indexOf(line.charAt(i)) >= 0 || "kK号".indexOf(line.charAt(i)) >= 0);
    }

    /** The message cut at every {@code \n} (an empty last line included), as {@code split("\n", -1)} would. */
    private static String[] lines(String text) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        String[] out = new String[count];
        int start = 0;
        for (int k = 0; k < count - 1; k++) {
            int end = text.indexOf('\n', start);
            out[k] = text.substring(start, end);
            start = end + 1;
        }
        out[count - 1] = text.substring(start);
        return out;
    }

    /** {@code line} from {@code from}, without surrounding whitespace, cut out once. */
    private static String stripped(String line, int from) {
        int start = from;
        int end = line.length();
        while (start < end && TextNormalizer.isSpace(line.charAt(start))) {
            start++;
        }
        while (end > start && TextNormalizer.isSpace(line.charAt(end - 1))) {
            end--;
        }
        return line.substring(start, end);
    }

    /** A number left open for the next resident ({@code 5.}), with nothing written after it. */
    private static boolean isEmptySlot(String body) {
        for (int i = 0; i < body.length(); i++) {
            if (Character.isLetterOrDigit(body.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLeaderLine(ReadLine line, String body, List<CatalogItem> products) {
        ChainEntry entry = line.entry();
        boolean productOnly = (entry.name().isEmpty() || line.namedByProductWord()) && line.orderSignal();
        boolean signsUp = line.namedByProductWord()
                && line.quantityWritten()
                && !entry.items().isEmpty()
                && !LineClassifier.mentionsPrice(body)
                && (!isProductName(entry.name(), products) || namesAProductAfter(body, entry.name(), products));
        // 1. 阿根 1盒, 1. 布丁 布丁奶茶1杯 少糖: a nickname like a product, then an order; not 1. 金煌芒 2箱
        return productOnly && !signsUp
                || (Prose.isProseName(entry.name()) && !clearOrder(line))
                || (line.prose() && !line.orderSignal())
                || (entry.name().isEmpty() && LineClassifier.hasPlainPrice(body));
    }

    private static boolean isProductName(String word, List<CatalogItem> products) {
        for (CatalogItem p : products) {
            if (p.name().equals(word) || p.aliases().contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code body} names a product again after {@code name} ({@code 布丁 布丁奶茶1杯}). */
    private static boolean namesAProductAfter(String body, String name, List<CatalogItem> products) {
        int at = body.indexOf(name);
        String rest = at < 0 ? body : body.substring(at + name.length());
        for (CatalogItem p : products) {
            if (rest.contains(p.name()) || p.aliases().stream().anyMatch(a -> a.length() > 1 && rest.contains(a))) {
                return true;
            }
        }
        return false;
    }

    private static boolean clearOrder(ReadLine line) {
        ChainEntry e = line.entry();
        return line.orderSignal() && !e.items().isEmpty() && !Prose.isProseNameOfAnOrder(e.name());
    }

    /**
     * Sign-ups added without a number at the very end of the message, after the last numbered entry ({@code 王五 2盒}),
     * numbered on from it. Only lines that are unmistakably sign-ups (a short name and a written quantity, no colon,
     * no chain or footer words) count, and only blank lines or the leader's tally ({@code 已统计 共69.5斤}) may stand
     * between them and the list; a line that is no sign-up ends the search.
     */
    private static List<ChainEntry> unnumberedLastLines(
            EntryReader reader, ChainLayout layout, int last, List<ChainEntry> entries) {
        int end = layout.lastNonBlank();
        if (last < 0 || end <= last || entries.isEmpty()) {
            return List.of();
        }
        int first = end + 1;
        for (int i = end; i > last && end - i < MAX_UNNUMBERED_LINES; i--) {
            String line = layout.line(i);
            if (line.isBlank()) {
                continue;
            }
            if (!couldBeUnnumberedSignUp(layout, i) || signUp(reader, line, entries.get(entries.size() - 1)) == null) {
                break;
            }
            first = i;
        }
        if (first > end) {
            return List.of();
        }
        for (int i = last + 1; i < first; i++) {
            String line = layout.line(i);
            if (!line.isBlank() && !LineClassifier.isFooter(line)) {
                return List.of();
            }
        }
        List<ChainEntry> out = new ArrayList<>(2);
        ChainEntry previous = entries.get(entries.size() - 1);
        for (int i = first; i <= end; i++) {
            String line = layout.line(i);
            if (line.isBlank()) {
                continue;
            }
            ChainEntry entry = signUp(reader, line, previous);
            if (entry == null) {
                break;
            }
            out.add(entry);
            previous = entry;
        }
        return out;
    }

    /** At most this many trailing lines are looked at for sign-ups without a number. */
    private static final int MAX_UNNUMBERED_LINES = 6;

    private static boolean couldBeUnnumberedSignUp(ChainLayout layout, int i) {
        String line = layout.line(i);
        return layout.sequence(i) == null
                && !LineClassifier.isFooter(line)
                && !LineClassifier.isExample(line)
                && line.indexOf(':') < 0
                && !LineClassifier.hasChainMarker(line);
    }

    /** {@code line} read as the sign-up after {@code previous}, or {@code null} when it is not unmistakably one. */
    private static ChainEntry signUp(EntryReader reader, String line, ChainEntry previous) {
        ReadLine read = readSafely(reader, previous.seq() + 1, line, line, previous.items());
        ChainEntry entry = read.entry();
        boolean clear = read.looksLikeSignUp()
                && !read.prose()
                && read.quantityWritten()
                && !entry.review()
                && !entry.cancelled()
                && !entry.items().isEmpty()
                && entry.name().codePointCount(0, entry.name().length()) <= 10;
        return clear ? entry : null;
    }

    private static ReadLine readSafely(EntryReader reader, int seq, String body, String raw, List<OrderItem> previous) {
        try {
            return reader.read(seq, body, raw, previous);
        } catch (RuntimeException e) {
            ChainEntry entry =
                    new ChainEntry(seq, "", List.of(), false, true, ReviewReason.UNREADABLE, "", body.strip(), raw);
            return new ReadLine(entry, false, true, false, false);
        }
    }

    /**
     * The reader of {@code catalog}: the last one used when the catalog is the same, else one of the
     * {@link #PREPARED_CATALOGS} most recently used, else a new one.
     */
    private EntryReader readerFor(List<CatalogItem> catalog) {
        Prepared current = prepared;
        if (current != null
                && (current.catalog() == catalog || current.catalog().equals(catalog))) {
            return current.reader();
        }
        List<CatalogItem> key = List.copyOf(catalog);
        EntryReader reader;
        synchronized (recent) {
            reader = recent.computeIfAbsent(key, k -> new EntryReader(new CatalogMatcher(k)));
        }
        prepared = new Prepared(key, reader);
        return reader;
    }
}
