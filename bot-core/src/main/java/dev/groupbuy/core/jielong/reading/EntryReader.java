package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.jielong.tokens.Abbreviations;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.Fillers;
import dev.groupbuy.core.jielong.tokens.Inscriptions;
import dev.groupbuy.core.jielong.tokens.LineTokenizer;
import dev.groupbuy.core.jielong.tokens.MenuNumbers;
import dev.groupbuy.core.jielong.tokens.NowInsteadOf;
import dev.groupbuy.core.jielong.tokens.PackSpecs;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import dev.groupbuy.core.jielong.tokens.Purposes;
import dev.groupbuy.core.jielong.tokens.Remarks;
import dev.groupbuy.core.jielong.tokens.Selections;
import dev.groupbuy.core.jielong.tokens.SideRemarks;
import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.jielong.tokens.TokenKinds;
import dev.groupbuy.core.jielong.tokens.UnitTimes;
import dev.groupbuy.core.jielong.tokens.UnitsNameTheProduct;
import dev.groupbuy.core.jielong.tokens.WordTable;
import dev.groupbuy.core.order.OrderItem;
import java.util.ArrayList;
import java.util.List;

/** Reads one numbered line (its body after the number) into a {@link ChainEntry}. */
public final class EntryReader {

    static final int MAX_LINE_LENGTH = 500;
    private static final int QUANTITY_WRITTEN = TokenKinds.maskOf(TokenKind.NUMBER);
    /** What a first word read as a name may not hold: a product, an edit, a bracket, a room or punctuation. */
    private static final int NOT_IN_A_FIRST_WORD = TokenKinds.maskOf(
            TokenKind.PRODUCT,
            TokenKind.CANCEL,
            TokenKind.CHANGE,
            TokenKind.SAME,
            TokenKind.REMARK,
            TokenKind.STRIKE,
            TokenKind.BUILDING,
            TokenKind.PUNCT);

    private static final int ORDER_SIGNAL = TokenKinds.maskOf(
            TokenKind.NUMBER,
            TokenKind.PRODUCT,
            TokenKind.CANCEL,
            TokenKind.CHANGE,
            TokenKind.SAME,
            TokenKind.PLUS,
            TokenKind.EACH,
            TokenKind.EVERY,
            TokenKind.STRIKE);

    /**
     * Lines read before, by their text, in a fixed table of {@link #KNOWN_SLOTS} slots, two to a set: a line takes
     * a free slot of the set its text hashes to, or pushes out the first, so two lines that hash alike in one chain
     * do not push each other out at every message. Slots are written without locking; a slot holds an immutable
     * pair, so a reader sees either a whole pair or an older one, and a miss only means reading the line again.
     */
    private static final int KNOWN_SLOTS = 4_096;

    /**
     * A line's text and its reading; for a reading that copies the line above ({@code 同上}), the order above it was
     * read under ({@code above}), which must match for the reading to hold again.
     */
    private record Known(String text, ReadLine reading, boolean dependent, List<OrderItem> above) {

        boolean answers(String line, List<OrderItem> previous) {
            return text.equals(line) && (!dependent || java.util.Objects.equals(above, previous));
        }
    }

    private final Known[] known = new Known[KNOWN_SLOTS];
    private final CatalogMatcher catalog;
    private final LineTokenizer tokenizer;
    private final OrderReader orders;
    /** How the money a line works out is told from its count; {@code null} in a deal without prices. */
    private final MoneyWritten money;
    /** Whether the deal's products are named by days or batches ({@code 周一套餐}): then days name products. */
    private final boolean daysNameProducts;
    /** How colours and sizes are read where the deal sells products by both; {@code null} in other deals. */
    private final SizeAndColour sizesAndColours;
    /** How a size changed after the order is read where the deal sells products by size; {@code null} in other deals. */
    private final SizeSwaps sizeSwaps;
    /** The heats, flavours and packs the deal sells, against which a line asking for another is read. */
    private final OtherKinds otherKinds;

    public EntryReader(CatalogMatcher catalog) {
        this.catalog = catalog;
        this.tokenizer = new LineTokenizer(catalog);
        this.orders = new OrderReader(catalog, tokenizer);
        this.sizesAndColours = SizeAndColour.of(catalog);
        this.sizeSwaps = SizeSwaps.of(catalog);
        this.otherKinds = OtherKinds.of(catalog.catalog());
        this.money = MoneyWritten.of(catalog.catalog());
        this.daysNameProducts = Days.nameProducts(catalog.catalog());
    }

    /** {@code ~~Jenny 1袋~~ 不好意思点错了}: after a struck line, words without a count or product say why. */
    private boolean onlyWordsAfter(String rest) {
        int kinds = TokenKinds.of(tokenizer.tokenize(rest), 0);
        return !rest.isBlank()
                && !TokenKinds.has(kinds, TokenKind.NUMBER)
                && !TokenKinds.has(kinds, TokenKind.PRODUCT)
                && !TokenKinds.has(kinds, TokenKind.STRIKE)
                && !TokenKinds.has(kinds, TokenKind.CHANGE)
                && !TokenKinds.has(kinds, TokenKind.SAME);
    }

    /**
     * Reads a line; a text read before (a chain repeats every earlier line in each new message) is answered
     * from {@link #known}; {@code 同上}, whose reading copies the line above, only under the same order above.
     */
    public ReadLine read(int seq, String body, String rawLine, List<OrderItem> previous) {
        String text = body.strip();
        int slot = text.hashCode() & (KNOWN_SLOTS - 1);
        Known seen = known[slot];
        if (seen != null && seen.answers(text, previous)) {
            return seen.reading().at(seq, rawLine);
        }
        Known other = known[slot ^ 1];
        if (other != null && other.answers(text, previous)) {
            return other.reading().at(seq, rawLine);
        }
        ReadLine fresh = readFresh(seq, asRead(text), rawLine, previous)
                .writtenAs(text); // quoted back to the resident as they wrote it
        boolean dependent = fresh.dependsOnLineAbove();
        Known pair = new Known(text, fresh, dependent, dependent ? previous : null);
        boolean free = seen == null || seen.text().equals(text);
        known[free || (other != null && !other.text().equals(text)) ? slot : slot ^ 1] = pair;
        return fresh;
    }

    /**
     * The line as it is read: fillers of speech in front, counts typed by sound in characters, mentions of the leader
     * and the money a count comes to left out, an order for several days written as its total, second thoughts and
     * 一样 alone settled, a filled-in form put in reading order, a part taken back written as a cancel, a share
     * written apart joined, sizes in digits, a colour and a size together, a size changed after the order put in its
     * place. A line past the length cap is left as it is (it is not read, {@link ReviewReason#TOO_LONG}).
     */
    private String asRead(String line) {
        if (line.length() > MAX_LINE_LENGTH) {
            return line;
        }
        String text = FormFields.rewrite(Mentions.withoutMentionsOfTheLeader(SpokenFillers.withoutLeadingFillers(
                arrowsAsSeparators(fieldsUnboxed(HeatsApart.apart(
                        withoutStaffNumbers(withoutNumberPlates(withoutMaskedPhones(bedFirst(line)))), catalog))))));
        text = Mistyped.corrected(SpokenCounts.inCharacters(text));
        text = daysNameProducts ? text : Days.summed(text);
        text = sameAlone(secondThoughts(exceptWrittenAfter(otherCountWouldDo(text))));
        text = PartCancels.asCancel(withoutTheMoneyItComesTo(money == null ? text : money.without(text)));
        text = Sizes.inDigits(OnBehalf.joinSpacedShare(text));
        text = sizesAndColours == null ? text : sizesAndColours.together(text);
        return sizeSwaps == null ? text : sizeSwaps.swapped(text);
    }

    /** {@code 【小羽】【5栋】【1号x2】}: fields each in its own bracket, two or more side by side. */
    private static final java.util.regex.Pattern BOXED_FIELDS =
            java.util.regex.Pattern.compile("^\\s*([【〔\\[])[^】〕\\]]*[】〕\\]]\\s*[【〔\\[]");

    /**
     * The line with its boxed fields opened ({@code 【小羽】【5栋】【1号x2】} read as {@code 小羽 5栋 1号x2}), as a form
     * of the 接龙 tools writes them: name, place and order in a row, each boxed.
     */
    private static String fieldsUnboxed(String line) {
        if (line.indexOf('【') < 0 && line.indexOf('〔') < 0 && line.indexOf('[') < 0
                || !BOXED_FIELDS.matcher(line).find()) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append("【】〔〕[]".indexOf(c) >= 0 ? ' ' : c);
        }
        return out.toString();
    }

    /** {@code 138****2046}, {@code 尾号****6688}: a phone number with its middle hidden. */
    private static final java.util.regex.Pattern MASKED_PHONE =
            java.util.regex.Pattern.compile("1\\d{2}\\*{3,4}\\d{4}");

    /** The line with masked phone numbers blanked: a contact, neither a count nor a name. */
    private static String withoutMaskedPhones(String line) {
        if (line.indexOf('*') < 0) {
            return line;
        }
        java.util.regex.Matcher m = MASKED_PHONE.matcher(line);
        return m.find() ? m.replaceAll(r -> " ".repeat(r.group().length())) : line;
    }

    /** {@code 12床 王大姐}, {@code 23路 王师傅}: a hospital bed or a bus route, first on the line. */
    private static final java.util.regex.Pattern BED_FIRST =
            java.util.regex.Pattern.compile("^(\\d{1,3})([床路])(?=\\s)");

    /**
     * {@code 12床 王大姐 早1 午1} read as {@code 12号床 王大姐 …}, {@code 23路 王师傅} as {@code 23号线 王师傅}: the bed a
     * carer signs for or the route a driver drives, written first; a count of quilts ({@code 凤 2床}) comes after the name.
     */
    static String bedFirst(String line) {
        if (line.indexOf('床') < 0 && line.indexOf('路') < 0) {
            return line;
        }
        java.util.regex.Matcher m = BED_FIRST.matcher(line);
        return m.find() ? m.group(1) + (m.group(2).equals("床") ? "号床" : "号线") + line.substring(m.end()) : line;
    }

    /** {@code 浙A5K2M8}, {@code 粤B-D5B22}, {@code 浙B 7M6Q3}, {@code 鲁B·7H21K}: a car's number plate. */
    private static final java.util.regex.Pattern NUMBER_PLATE =
            java.util.regex.Pattern.compile("(?<![A-Za-z0-9])[" + Places.PLATE_PROVINCES
                    + "][A-Z][·.\\-\\s]?(?=[A-Z0-9]{5,6}(?![A-Za-z0-9]))(?=[A-Z0-9]*[0-9])[A-Z0-9]{5,6}");

    /** The line with number plates blanked: which car the service is for, neither a count nor a code. */
    static String withoutNumberPlates(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Places.isPlateProvince(line.charAt(i))) {
                java.util.regex.Matcher m = NUMBER_PLATE.matcher(line);
                return m.find() ? m.replaceAll(r -> " ".repeat(r.group().length())) : line;
            }
        }
        return line;
    }

    /** {@code ID:3302 小冯}, {@code No.0231 谷雨}, {@code #0543 十七}, {@code 工号1021 王可}: a staff number before the name. */
    private static final java.util.regex.Pattern STAFF_NUMBER = java.util.regex.Pattern.compile(
            "^(?:(?:ID|Id|id|NO|No|no|工号|员工号|编号)\\s*[:：.．#]?\\s*\\d{3,6}|[#＃]\\d{4,6})\\s+(?=[^\\s\\d])");

    /** {@code 研发-1021-王可}, {@code 消费事业部-30215-赵燕}: a department, a staff number and the name, joined by dashes. */
    private static final java.util.regex.Pattern DEPARTMENT_AND_NUMBER = java.util.regex.Pattern.compile(
            "^((?:[\\p{IsHan}]{2,8}|[A-Za-z]{2,6}))[-－—_]\\d{3,6}[-－—_](?=[\\p{IsHan}A-Za-z])");

    /**
     * The line without a staff number in front of the name ({@code ID:3302 小冯} read as {@code 小冯},
     * {@code 研发-1021-王可} as {@code 研发-王可}): a company's sign-ups carry it, and it is neither a count nor a name.
     */
    static String withoutStaffNumbers(String line) {
        java.util.regex.Matcher m = STAFF_NUMBER.matcher(line);
        if (m.find()) {
            return line.substring(m.end());
        }
        m = DEPARTMENT_AND_NUMBER.matcher(line);
        return m.find() ? m.group(1) + "-" + line.substring(m.end()) : line;
    }

    /** A face or a tilde a nickname is written with: {@code ^_^}, {@code ^o^}, {@code ^^}, {@code ~}. */
    private static final String FACE_MARK = "(\\^[_o.\\-]?\\^|~)?";

    /** {@code by Annie}: who signs, after the order. */
    private static final java.util.regex.Pattern SIGNED_BY = java.util.regex.Pattern.compile("(?i)by\\s+(\\S.*)");

    /**
     * The name as the person signs it: with the face or the tildes written around it ({@code ~Lily~},
     * {@code ^_^阿花}, {@code 娜娜^_^}), which the reading trims as marks, and without {@code by} in front.
     */
    static String asSigned(String name, String text) {
        if (name.isEmpty()) {
            return name;
        }
        java.util.regex.Matcher by = SIGNED_BY.matcher(name);
        if (by.matches()) {
            return by.group(1);
        }
        if (text.indexOf('^') < 0 && text.indexOf('~') < 0) {
            return name;
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "(?:^|\\s)" + FACE_MARK + java.util.regex.Pattern.quote(name) + FACE_MARK + "(?=\\s|$)")
                .matcher(text);
        if (!m.find()) {
            return name;
        }
        String before = m.group(1) == null ? "" : m.group(1);
        String after = m.group(2) == null ? "" : m.group(2);
        boolean tildes = before.equals("~") || after.equals("~");
        if (tildes && !(before.equals("~") && after.equals("~"))) {
            return name; // 小蕊~1份: a tilde between fields, not around the name
        }
        return before + name + after;
    }

    /** {@code 两斤也行}, {@code 两箱也可以}: a count, then "would do as well". */
    private static final java.util.regex.Pattern WOULD_DO_TOO =
            java.util.regex.Pattern.compile("([0-9一二两三四五六七八九十半]+\\s*[斤箱盒袋个份只瓶包条杯提罐桶])(?:也行|也可以|也得|也ok|也OK)");

    /**
     * {@code 三斤 两斤也行}, {@code 三箱 没有这么多给两箱也行}: another count that would do as well, read as {@code 都行}
     * after it: the resident leaves the count open, and the leader settles it. Words of handing over that would do
     * ({@code 晚点送也行}) are not so.
     */
    static String otherCountWouldDo(String line) {
        if (line.indexOf('也') < 0) {
            return line;
        }
        return WOULD_DO_TOO.matcher(line).replaceAll("$1都行");
    }

    /** {@code 五仁除外}, {@code 沙茶、韭花以外}: what is left out, named before the word that leaves it out. */
    private static final java.util.regex.Pattern EXCEPT_AFTER =
            java.util.regex.Pattern.compile("(?<=^|\\s)([^\\s]{1,20}?)(?:除外|以外)(?=\\s|$|[,，。])");

    /**
     * {@code 每样一盒 五仁除外} read as {@code 每样一盒 除了五仁}: the products left out of every one, written after them as
     * before them; a question ({@code 有原味以外的吗}) is not so.
     */
    static String exceptWrittenAfter(String line) {
        if (!line.contains("除外") && !line.contains("以外")) {
            return line;
        }
        return EXCEPT_AFTER.matcher(line).replaceAll("除了$1");
    }

    /** {@code 不要了……算了还是要}: a cancel taken back at once. */
    private static final java.util.regex.Pattern CANCEL_TAKEN_BACK = java.util.regex.Pattern.compile(
            "\\s*(?:不要了|不要|取消)[\\s…。.,，~]*(?:算了|哎|唉|嗯)?[\\s,，]*还是(?:要|要吧|要了|留着)[吧吧哈]?(?=\\s|$)");

    /** {@code 2盒……算了还是1盒吧}: 算了 before 还是 and the count it settles on. */
    private static final java.util.regex.Pattern NEVER_MIND_THEN =
            java.util.regex.Pattern.compile("(?<=\\S)[\\s…。.,，~]*算了[\\s,，]*(?=还是)");

    /**
     * Second thoughts written out: a cancel taken back at once is no cancel ({@code 1桶 不要了……算了还是要}), and
     * {@code 算了} before {@code 还是} says the count after it is the one ({@code 2盒……算了还是1盒吧}).
     */
    static String secondThoughts(String line) {
        if (line.indexOf('还') < 0) {
            return line;
        }
        String out = CANCEL_TAKEN_BACK.matcher(line).replaceAll("");
        return NEVER_MIND_THEN.matcher(out).replaceAll(" ");
    }

    /** {@code 王会计 一样}, {@code 宁 一样的}: a name, then 一样 alone after a space. */
    private static final java.util.regex.Pattern SAME_ALONE =
            java.util.regex.Pattern.compile("^(\\S{1,10}\\s+)一样的?(?=\\s|$)");

    /**
     * {@code 王会计 一样}: 一样 alone after the name is the same order as the line above ({@code 同上}); said of
     * someone ({@code 跟阿伟一样}) or of each product ({@code 每样一样}) it is read as it stands.
     */
    static String sameAlone(String line) {
        if (line.indexOf('样') < 0) {
            return line;
        }
        java.util.regex.Matcher m = SAME_ALONE.matcher(line);
        return m.find() ? m.group(1) + "同上" + line.substring(m.end()) : line;
    }

    /** An arrow or a tilde set between the fields of a line: {@code →}, {@code =>}, {@code ->}, {@code ➡}, {@code ~}. */
    private static final java.util.regex.Pattern ARROW = java.util.regex.Pattern.compile("\\s*(?:→|=>|->|➡️?|~|～)\\s*");

    /** A count alone, with its unit or none: {@code 1份}, {@code 两袋}, {@code 3}. */
    private static final java.util.regex.Pattern COUNT_ALONE =
            java.util.regex.Pattern.compile("[\\d一两二三四五六七八九十]+\\s*[份个盒袋斤只箱包瓶杯碗串条根提桶束套件]?");

    /**
     * {@code 蓓蓓 → 1份 → 5栋}, {@code 大鹏=>2份=>11栋}, {@code 小蕊~1份~微辣}: arrows or tildes between a name with no
     * number, a count alone, and what follows, are separators, not a change of the count ({@code 2→3}) or a range
     * ({@code 2~3斤}).
     */
    static String arrowsAsSeparators(String line) {
        if (line.indexOf('→') < 0
                && line.indexOf('>') < 0
                && line.indexOf('➡') < 0
                && line.indexOf('~') < 0
                && line.indexOf('～') < 0) {
            return line;
        }
        String[] parts = ARROW.split(line, -1);
        if (parts.length < 3) {
            return line;
        }
        boolean nameFirst = !parts[0].isBlank() && parts[0].chars().noneMatch(Character::isDigit);
        boolean countAlone = COUNT_ALONE.matcher(parts[1].strip()).matches();
        boolean lastNoCount =
                !COUNT_ALONE.matcher(parts[parts.length - 1].strip()).matches();
        return nameFirst && countAlone && lastNoCount ? String.join(" ", parts) : line;
    }

    /** {@code 土鸡蛋×2=64}: the money the count comes to, after an equals sign. */
    private static final java.util.regex.Pattern COMES_TO =
            java.util.regex.Pattern.compile("(?<=[\\d一两二三四五六七八九十])\\s*[=＝]\\s*[¥￥]?\\d+(?:\\.\\d+)?\\s*元?");

    /** {@code 土鸡蛋×2=64} read as {@code 土鸡蛋×2}: the money is no count. */
    private static String withoutTheMoneyItComesTo(String line) {
        return line.indexOf('=') >= 0 || line.indexOf('＝') >= 0
                ? COMES_TO.matcher(line).replaceAll("")
                : line;
    }

    /**
     * {@code 小蔡+小蔡妈 各1箱}, {@code 老葛夫妻俩 各一箱}: in a deal of one product, 各 after several people named
     * together gives each of them the count.
     */
    private LineOrder eachOfThePeople(LineOrder read, String name, int orderKinds) {
        if (!catalog.singleProduct()
                || read.review()
                || read.cancelled()
                || read.items().size() != 1
                || !TokenKinds.has(orderKinds, TokenKind.EACH)
                || TokenKinds.has(orderKinds, TokenKind.PRODUCT)) {
            return read;
        }
        int people = peopleIn(name);
        if (people < 2) {
            return read;
        }
        OrderItem item = read.items().get(0);
        return LineOrder.of(
                List.of(new OrderItem(item.sku(), item.qty().multiply(java.math.BigDecimal.valueOf(people)))));
    }

    /** {@code 帮4栋独居的贺爷爷}: a word of doing it for someone stands before the name. */
    private static boolean forSomeoneBefore(List<Token> tokens, int from) {
        for (int k = 0; k < from && k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.TEXT)
                    && (t.text().equals("帮") || t.text().equals("给") || t.text().equals("替"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 阿彬 120}, {@code 老梅 200}: the only number after the name is a round hundred or tens of three digits, which
     * a room seldom is ({@code 1102 }, {@code 502} are rooms and the note): a count far too large, or a room? The leader
     * asks.
     */
    private static boolean roundCountAlone(List<Token> order, int orderKinds) {
        if (TokenKinds.has(orderKinds, TokenKind.NUMBER) || TokenKinds.has(orderKinds, TokenKind.PRODUCT)) {
            return false;
        }
        Token round = null;
        for (Token t : order) {
            if (t.is(TokenKind.SKIP) && isRoundHundredsOrTens(t.text())) {
                round = t;
            } else if (!t.is(TokenKind.SPACE) && !t.isSeparator()) {
                return false;
            }
        }
        return round != null;
    }

    /** {@code 120}, {@code 200}: three digits ending in 0. */
    private static boolean isRoundHundredsOrTens(String text) {
        return text.length() == 3
                && text.charAt(0) >= '1'
                && text.charAt(0) <= '9'
                && Character.isDigit(text.charAt(1))
                && text.charAt(2) == '0';
    }

    /** How many people a name names: {@code 阿坤&阿珍} two, {@code 张姐、李姐、王姐} three, {@code 老葛夫妻俩} two. */
    static int peopleIn(String name) {
        int people = 1;
        for (int i = 1; i < name.length() - 1; i++) {
            if ("&＆+、".indexOf(name.charAt(i)) >= 0) {
                people++;
            }
        }
        if (people == 1 && (name.endsWith("夫妻俩") || name.endsWith("两口子") || name.endsWith("夫妇"))) {
            return 2;
        }
        return people;
    }

    /** The line starts with a cancel word (and nothing else names anyone), and an order follows it after a space. */
    private static boolean cancelWordThenAnOrder(List<Token> tokens) {
        int k = 0;
        while (k < tokens.size() && tokens.get(k).isSeparator()) {
            k++;
        }
        if (k >= tokens.size() || !tokens.get(k).is(TokenKind.CANCEL)) {
            return false;
        }
        int j = k + 1;
        while (j < tokens.size()
                && tokens.get(j).is(TokenKind.TEXT)
                && tokens.get(j - 1).gluedTo(tokens.get(j))) {
            j++; // 取消关注
        }
        if (j >= tokens.size() || !tokens.get(j).is(TokenKind.SPACE)) {
            return false;
        }
        for (int i = j + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is(TokenKind.PRODUCT) || (t.is(TokenKind.NUMBER) && t.unit() != null)) {
                return true;
            }
            if (t.is(TokenKind.CANCEL)) {
                return false;
            }
        }
        return false;
    }

    /** What 同上 and its kind already say: the line just above, read where the line stands. */
    private static final java.util.Set<String> ABOVE = java.util.Set.of("楼上", "上面", "上", "上一个", "上一位");

    private ReadLine readFresh(int seq, String text, String rawLine, List<OrderItem> previous) {
        return readFresh(seq, text, rawLine, previous, true);
    }

    /**
     * {@code 加一 2盒}, {@code 二两 A1 热的}, {@code 再吃一个 豆沙包3}: a first word that reads as a command or a numeral,
     * apart from an order that is whole and names nobody without it, is the name. {@code null} when the rest is no
     * clean order of its own, or the word is a product or a word of ordering.
     */
    private ReadLine firstWordAsName(int seq, String text, String readName, String rawLine, List<OrderItem> previous) {
        int space = text.indexOf(' ');
        if (space < 1 || space > 8) {
            return null;
        }
        String word = text.substring(0, space);
        if (!readName.isEmpty() && (readName.length() >= word.length() || !word.startsWith(readName))) {
            return null; // the line named someone already: the doubt is elsewhere
        }
        String rest = text.substring(space + 1).strip();
        List<Token> first = tokenizer.tokenize(word);
        Token last = first.get(first.size() - 1);
        boolean numeralsAlone = first.size() == 1 // 三斤 A2, 二两 2斤: a nickname of numerals, not a count in digits
                && (last.is(TokenKind.NUMBER) || last.is(TokenKind.SKIP))
                && word.chars().noneMatch(c -> c >= '0' && c <= '9');
        boolean plainWord = (TokenKinds.of(first, 0) & NOT_IN_A_FIRST_WORD) == 0
                && (numeralsAlone
                        || first.stream()
                                .noneMatch(t -> t.is(TokenKind.NUMBER) && t.unit() != null && !t.gluedTo(last)));
        if (!plainWord || rest.isEmpty() || !Fillers.isSubstantive(word) || Remarks.isRemark(word)) {
            return null;
        }
        return wordBeforeAnOrder(seq, text, word, rest, rawLine, previous);
    }

    /**
     * {@code 取消君 1箱}, {@code 删除 土豆两袋}, {@code 退退 1箱}: a first word made of a cancel word, apart from a whole
     * order that names nobody without it, is a nickname — a cancel is not followed by an order of its own.
     */
    private ReadLine cancelWordAsName(int seq, String text, String rawLine, List<OrderItem> previous) {
        int space = text.indexOf(' ');
        if (space < 1 || space > 8) {
            return null;
        }
        String rest = text.substring(space + 1).strip();
        return rest.isEmpty() ? null : wordBeforeAnOrder(seq, text, text.substring(0, space), rest, rawLine, previous);
    }

    /** {@code word} as the name of the order {@code rest} makes when read alone; {@code null} when it is no clean order. */
    private ReadLine wordBeforeAnOrder(
            int seq, String text, String word, String rest, String rawLine, List<OrderItem> previous) {
        ReadLine alone = readFresh(seq, rest, rawLine, previous, false);
        ChainEntry e = alone.entry();
        if (!e.name().isEmpty()
                || e.review()
                || e.cancelled()
                || e.items().isEmpty()
                || alone.prose()
                || !alone.quantityWritten()
                || Grades.namesAnotherGrade(word, catalog.catalog())) {
            return null;
        }
        ChainEntry entry = new ChainEntry(seq, word, e.items(), false, false, null, e.note(), text, rawLine);
        return new ReadLine(entry, true, false, true, alone.dependsOnLineAbove(), alone.earlier(), false);
    }

    private ReadLine readFresh(
            int seq, String text, String rawLine, List<OrderItem> previous, boolean firstWordIsTheName) {
        if (text.length() > MAX_LINE_LENGTH) {
            String name = NameExtractor.extract(tokenizer.tokenize(text.substring(0, 40)))
                    .text();
            ChainEntry entry =
                    new ChainEntry(seq, name, List.of(), false, true, ReviewReason.TOO_LONG, "", text, rawLine);
            return new ReadLine(entry, true, false, false, false);
        }
        int close = text.startsWith("~~") ? text.indexOf("~~", 2) : -1;
        boolean struck = close > 2 && (close == text.length() - 2 || onlyWordsAfter(text.substring(close + 2)));
        String said = struck ? text.substring(2, close) : Repeats.saidOnce(Repeats.withoutItsNumberAgain(text, seq));
        List<Token> tokens = anchors(tokenizer, catalog, said);
        NameExtractor.Name own = NameExtractor.afterSelfIntroduction(tokens, NameExtractor.extract(tokens));
        NameExtractor.Name forWhom = OnBehalf.of(tokens, own);
        boolean forSomeoneElse = forWhom != own || forSomeoneBefore(tokens, own.from());
        NameExtractor.Name name = NameExtractor.asIntroduced(forSomeoneElse ? NameExtractor.described(forWhom) : own);
        NameExtractor.Name productWord = name.text().isEmpty() ? NameExtractor.productWordAsName(tokens) : null;
        name = productWord != null ? productWord : name;
        List<Token> order = orderPart(tokens, name);
        int kinds = TokenKinds.of(tokens, 0);
        int orderKinds = name.orderFirst() ? TokenKinds.of(order, 0) : TokenKinds.of(tokens, name.to());
        String sameAs = struck || name.orderFirst() || order.isEmpty()
                ? null
                : SameAs.reference(order.get(0).spanTo(order.get(order.size() - 1)));
        LineOrder read;
        if (struck) {
            read = LineOrder.cancel();
        } else if (sameAs != null && !ABOVE.contains(sameAs)) {
            read = LineOrder.againstEarlier(ReviewReason.UNCLEAR_QUANTITY, EarlierOrder.sameAs(sameAs));
        } else {
            read = orders.read(order, previous, orderKinds);
        }
        read = eachOfThePeople(read, name.text(), orderKinds);
        if (!read.review() && !read.cancelled() && roundCountAlone(order, orderKinds)) {
            read = LineOrder.review(ReviewReason.UNCLEAR_QUANTITY); // 阿彬 120: a hundred and twenty, or a room?
        }
        if (!read.review()
                && !read.cancelled()
                && Grades.namesAnotherGrade(text.replace(name.text(), " "), catalog.catalog())) {
            read = LineOrder.review(ReviewReason.UNKNOWN_PRODUCT); // JJJ 2盒 of 车厘子JJ级: a grade not on sale
        } else if (!read.review() && !read.cancelled() && otherKinds.namesAnotherKind(text.replace(name.text(), " "))) {
            read = LineOrder.review(ReviewReason.UNKNOWN_PRODUCT); // 微辣的3袋 where only 中辣 is sold
        } else if (!read.review() && sizeSwaps != null && sizeSwaps.asksForASizeNotSold(text)) {
            read = LineOrder.review(ReviewReason.UNKNOWN_PRODUCT); // 棕38 1双 38改39, where brown 39 is not sold
        }
        String bracketed = name.text().isEmpty() ? nameInABracket(tokens) : null;
        if (bracketed != null) {
            name = new NameExtractor.Name(bracketed, name.from(), name.to()); // 螃蟹2斤(阿坚), 贰袋(卫生室 孔大夫)
        }
        if (name.text().isEmpty() && read.cancelled() && cancelWordThenAnOrder(tokens)) {
            ReadLine named = firstWordIsTheName ? cancelWordAsName(seq, said, rawLine, previous) : null;
            if (named != null) {
                return named;
            }
            read = LineOrder.review(ReviewReason.UNCLEAR_NAME); // 删除 土豆两袋, 取消关注 1个: a nickname, or a cancel?
        } else if (name.text().isEmpty() && !read.cancelled() && !read.review() && firstWordIsTheName) {
            read = LineOrder.review(ReviewReason.NO_NAME); // (read without its first word, the order alone has none)
        } else if (name.uncertain() && !read.cancelled() && !read.review()) {
            read = LineOrder.review(ReviewReason.UNCLEAR_NAME);
        }
        if (!read.review()
                && !read.cancelled()
                && read.earlier() == null
                && ChangeReader.mayKeepTheRest(text)
                && !read.items().isEmpty()
                && !catalog.singleProduct()
                && onlyAdds(kinds, text)
                && ChangeReader.saysTheRestStays(tokens)) {
            read = LineOrder.keepingTheRest(read.items()); // C也来1袋 其他不变: added to the earlier line's order
        }
        if (read.review() && !struck && firstWordIsTheName) {
            ReadLine named = firstWordAsName(seq, said, name.text(), rawLine, previous);
            if (named != null) {
                return named;
            }
        }
        if (!read.review()
                && !read.cancelled()
                && read.earlier() == null
                && catalog.singleProduct()
                && read.items().size() == 1
                && read.items().get(0).qty().compareTo(java.math.BigDecimal.ONE) == 0
                && MoneyOnly.paysForAnotherCount(
                        text.replace(name.text(), "|"), catalog.catalog().get(0))) {
            read = LineOrder.review(ReviewReason.UNCLEAR_QUANTITY); // 李大哥 ￥176 at 88: two, or what?
        }
        String introduced = NameExtractor.introducedLater(said);
        if (introduced != null
                && !introduced.equals(name.text())
                && introducedInstead(name.text(), productWord != null)) {
            name = new NameExtractor.Name(introduced, name.from(), name.to(), false); // 好的我也要一箱我是王阿婆
        }
        ChainEntry entry = new ChainEntry(
                seq,
                asSigned(name.text(), text),
                read.items(),
                read.cancelled(),
                read.review(),
                read.reason(),
                Notes.collect(tokens, name),
                text,
                rawLine);
        boolean written = (kinds & QUANTITY_WRITTEN) != 0;
        boolean signal = (kinds & ORDER_SIGNAL) != 0;
        boolean prose = signal && !name.text().isEmpty()
                ? Prose.isProseNameOfAnOrder(name.text()) || Prose.isSentence(tokens)
                : Prose.isProse(name.text(), tokens, name.nextToken());
        return new ReadLine(
                entry,
                signal,
                prose,
                written,
                TokenKinds.has(kinds, TokenKind.SAME),
                read.earlier(),
                productWord != null);
    }

    /**
     * {@code 螃蟹2斤(阿坚)}, {@code 俩袋 (小郭)放前台}, {@code 2筐(老葛,我和隔壁老蔡各一筐)}: a line with no name outside its
     * brackets, signed inside one — the last word before any comma, after a place; {@code null} when no bracket
     * holds a name.
     */
    private static String nameInABracket(List<Token> tokens) {
        for (Token t : tokens) {
            if (!t.is(TokenKind.REMARK)) {
                continue;
            }
            String first = t.content().strip().split("[,，、;；]", 2)[0].strip();
            String[] words = first.split("\\s+");
            String who = words[words.length - 1];
            boolean han = who.length() >= 1
                    && who.length() <= 4
                    && who.chars().allMatch(c -> ProductFragments.isHan((char) c));
            boolean latin = who.length() >= 2
                    && who.length() <= 12
                    && who.chars().allMatch(c -> c < 128 && Character.isLetter(c));
            if (han && who.length() == 1) {
                if (NameLikeness.isCommonSurname(who.charAt(0)) && first.length() <= 12) {
                    return who; // 3盒(孔), 1盒(谢)取消: the surname alone signs
                }
                continue;
            }
            if ((han || latin)
                    && !Remarks.isRemark(who)
                    && (NameLikeness.isNickname(who)
                            || NameLikeness.isSurnameAndKinship(who)
                            || latin
                            || words.length > 1 && isPlaceWord(words[words.length - 2])) // (农机站 薛站长)
                    && NameLikeness.of(who) > 0) {
                return who;
            }
        }
        return null;
    }

    /** {@code 农机站}, {@code 2-1-701}, {@code 韩家庄}: a place or a room before who signs. */
    private static boolean isPlaceWord(String word) {
        return Places.isPlace(word)
                || word.endsWith("站")
                || word.endsWith("室")
                || word.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** The name read where the name stands is no name: empty, a product word, 我是 itself, or words no name is. */
    private static boolean introducedInstead(String name, boolean productWord) {
        return name.isEmpty()
                || productWord
                || name.contains("我是")
                || name.contains("俺是")
                || name.contains("我系")
                || name.length() >= 3 && name.endsWith("说") // 老伴说要4袋 我是7栋何阿姨
                || NameLikeness.of(name) <= 0;
    }

    private static final WordTable NOT_ADDING = new WordTable(List.of("不要", "取消", "退", "删", "去掉", "换", "改"));

    /** A line with no word that cancels, changes or counts every product: what it orders can only be more. */
    private static boolean onlyAdds(int kinds, String text) {
        return !NOT_ADDING.occursIn(text)
                && !TokenKinds.has(kinds, TokenKind.CANCEL)
                && !TokenKinds.has(kinds, TokenKind.CHANGE)
                && !TokenKinds.has(kinds, TokenKind.EACH)
                && !TokenKinds.has(kinds, TokenKind.EVERY)
                && !TokenKinds.has(kinds, TokenKind.STRIKE);
    }

    /**
     * The anchors of a line: its tokens, with the leader's menu numbers and the products residents write short
     * read as products, and products named inside remarks read as words.
     */
    static List<Token> anchors(LineTokenizer tokenizer, CatalogMatcher catalog, String text) {
        return anchors(tokenizer, catalog, text, false);
    }

    /**
     * The anchors of a bracket that may edit the order before it: a product word in it stays a product even
     * where it would read as a side ({@code (洋葱换菠菜)} after 洋葱1斤 swaps what was ordered).
     */
    static List<Token> editAnchors(LineTokenizer tokenizer, CatalogMatcher catalog, String text) {
        return anchors(tokenizer, catalog, text, true);
    }

    private static List<Token> anchors(LineTokenizer tokenizer, CatalogMatcher catalog, String text, boolean sides) {
        List<Token> tokens = MenuNumbers.letterRuns(
                Inscriptions.read(
                        UnitTimes.read(Purposes.read(NowInsteadOf.read(tokenizer.tokenize(text))), catalog), text),
                catalog);
        List<Token> read = Abbreviations.read(MenuNumbers.read(reduplicatedNames(tokens), catalog), catalog);
        return FamilyShares.read(UnitsNameTheProduct.read(Selections.read(
                changeBetweenProducts(PackSpecs.sizesBesideTheCount(
                        numberedNamePieces(sides ? read : SideRemarks.read(read), catalog), catalog)),
                catalog)));
    }

    /**
     * {@code 3段2罐} of 飞鹤星飞帆3段: a bare number glued to the word after it, the two written together in the
     * product's name, is that product (its stage, size or grade), not a count.
     */
    private static List<Token> numberedNamePieces(List<Token> tokens, CatalogMatcher catalog) {
        List<Token> out = null;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            boolean wordAfter = next.is(TokenKind.TEXT) || next.is(TokenKind.PRODUCT);
            if (!t.is(TokenKind.NUMBER) || t.unit() != null || !wordAfter || !t.gluedTo(next)) {
                continue;
            }
            boolean product = next.is(TokenKind.PRODUCT); // 5连包 of 三养火鸡面5连包
            String piece = t.text()
                    + (product ? next.text() : String.valueOf(next.text().charAt(0)));
            List<CatalogItem> products = catalog.namedWith(piece);
            if (products.size() != 1 || (product && !next.products().equals(products))) {
                continue;
            }
            out = out == null ? new ArrayList<>(tokens) : out;
            out.set(k, t.productThrough(next, product ? next.length() : 1, products));
            if (product) {
                out.remove(k + 1);
            } else if (next.length() > 1) {
                out.set(k + 1, next.textFrom(1));
            } else {
                out.remove(k + 1);
            }
            tokens = out;
        }
        return out == null ? tokens : out;
    }

    /** Words before a change that say what of the order changes: all of it, or its flavour. */
    private static final java.util.Set<String> WHAT_CHANGES = java.util.Set.of("口味", "味道", "都", "全部", "全都", "统统");

    /**
     * {@code 大份改小份}, {@code L码1包改XL码1包}: 改 or 换 glued before a product word is a change to it; a word saying what
     * changes before the change word is left out ({@code 口味改成奶黄}).
     */
    private static List<Token> changeBetweenProducts(List<Token> tokens) {
        List<Token> out = null;
        for (int k = tokens.size() - 2; k >= 1; k--) {
            Token t = tokens.get(k);
            if (t.is(TokenKind.TEXT)
                    && WHAT_CHANGES.contains(t.text())
                    && tokens.get(k + 1).is(TokenKind.CHANGE)
                    && t.gluedTo(tokens.get(k + 1))) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.remove(k); // 口味改成奶黄, 都换成芝麻: the flavour, or all of it, changes
            }
        }
        tokens = out == null ? tokens : out;
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            boolean word = t.is(TokenKind.TEXT) && (t.isChar('改') || t.isChar('换'));
            if (word
                    && t.gluedTo(next)
                    && next.is(TokenKind.PRODUCT)
                    && tokens.get(k - 1).gluedTo(t)) {
                out = out == null ? new ArrayList<>(tokens) : out;
                out.set(k, t.asChange());
            }
        }
        return out == null ? tokens : out;
    }

    /**
     * {@code 桃桃🍑 1盒} in a peach deal, {@code 莓莓 2盒}: one character of a product's name written twice is a
     * nickname, not the product twice.
     */
    private static List<Token> reduplicatedNames(List<Token> tokens) {
        List<Token> out = null;
        for (int k = 0; k + 1 < tokens.size(); k++) {
            Token t = tokens.get(k);
            Token next = tokens.get(k + 1);
            boolean twice = t.is(TokenKind.PRODUCT)
                    && next.is(TokenKind.PRODUCT)
                    && t.length() == 1
                    && next.length() == 1
                    && t.firstChar() == next.firstChar()
                    && ProductFragments.isHan(t.firstChar())
                    && t.gluedTo(next);
            if (twice) {
                out = out == null ? new ArrayList<>(tokens) : out;
                boolean moreAfter =
                        k + 2 < out.size() && out.get(k + 2).is(TokenKind.TEXT) && next.gluedTo(out.get(k + 2));
                out.set(k, t.joinedAsText(moreAfter ? out.get(k + 2) : next)); // 桃桃🍑 stays one word
                if (moreAfter) {
                    out.remove(k + 2);
                }
                out.remove(k + 1);
                if (k > 0
                        && out.get(k - 1).is(TokenKind.TEXT)
                        && out.get(k - 1).gluedTo(out.get(k))
                        && NameLikeness.isKinshipWord(out.get(k).text())) {
                    out.set(k - 1, out.get(k - 1).joinedAsText(out.get(k))); // 韦奶奶 in a milk deal: who she is
                    out.remove(k);
                    k--;
                }
                tokens = out;
            }
        }
        return out == null ? tokens : out;
    }

    /** The tokens that say what the line orders: all but the name and the notes in front of it. */
    static List<Token> orderPart(List<Token> tokens, NameExtractor.Name name) {
        if (!name.orderFirst()) {
            return tokens.subList(name.to(), tokens.size());
        }
        List<Token> order = new ArrayList<>(tokens.size());
        order.addAll(tokens.subList(0, name.from()));
        order.addAll(tokens.subList(name.to(), tokens.size()));
        return order;
    }
}
