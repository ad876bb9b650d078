package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.text.ChineseNumerals;
import dev.groupbuy.core.jielong.tokens.ProductFragments;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The money residents work out in their line, told apart from the count by the deal's prices: {@code 2×45=90} and
 * {@code 45×2} (the count times the price, either way round), {@code 羊肉2斤×42=84} (the count carries its unit),
 * {@code 2只 2×45=90} (the sum after the count already written), {@code 驴肉1斤45}, {@code 1份39}, {@code 一瓶 五十八} and
 * {@code 两袋 60✅} (what the count comes to, right after it), {@code 共121} (the whole line's money) and
 * {@code 排骨2斤=52}. Each is written as the count alone, or left out, before the line is read; in a deal of several
 * products a price times a count with nothing before it names the product sold at that price ({@code 38的2}).
 * A product of two numbers that is no money ({@code 150×200} of a blanket, {@code 2kg×2} of a pack) is left as it is:
 * a number is money only when it is a price of the deal, a count times one, or the line's total.
 */
final class MoneyWritten {

    private static final String TIMES = "×xX*✖";

    /** Units a count carries ({@code 2斤}, {@code 两袋}); 元, 块 and 钱 are money. Read by {@link Mistyped} too. */
    static final String COUNT_UNITS = "个盒箱袋斤份只瓶包提罐杯条块桶串支根颗把束套件双本板碗听棵粒片筐";

    private static final List<String> TOTAL_WORDS = List.of("一共", "总共", "合计", "共计", "总计", "总价", "共");

    private final List<BigDecimal> prices;
    private final boolean oneProduct;
    /** The numbers the leader gave the products ({@code 4} of {@code 4号}), which are no prices when multiplied. */
    private final Set<Integer> codes;
    /** The prices only one product is sold at, which name that product ({@code 38的}). */
    private final List<BigDecimal> uniquePrices;

    /** Whole sums a line may name as money: each whole price, and up to twenty times it. */
    private final BitSet moneyInts = new BitSet();

    private MoneyWritten(
            List<BigDecimal> prices, List<BigDecimal> uniquePrices, boolean oneProduct, Set<Integer> codes) {
        this.codes = codes;
        this.prices = prices;
        for (BigDecimal p : prices) {
            for (int k = 1; k <= 20; k++) {
                BigDecimal sum = p.multiply(BigDecimal.valueOf(k));
                if (sum.stripTrailingZeros().scale() <= 0 && sum.compareTo(BigDecimal.valueOf(100_000)) < 0) {
                    moneyInts.set(sum.intValue());
                }
            }
        }
        this.uniquePrices = uniquePrices;
        this.oneProduct = oneProduct;
    }

    /** For the deal's products; {@code null} when no product has a price (nothing can be told apart then). */
    static MoneyWritten of(List<CatalogItem> catalog) {
        List<BigDecimal> prices = new ArrayList<>();
        for (CatalogItem item : catalog) {
            if (item.price() != null && item.price().signum() > 0) {
                prices.add(item.price().stripTrailingZeros());
            }
        }
        if (prices.isEmpty()) {
            return null;
        }
        List<BigDecimal> unique = new ArrayList<>();
        for (BigDecimal p : prices) {
            if (prices.stream().filter(q -> q.compareTo(p) == 0).count() == 1) {
                unique.add(p);
            }
        }
        Set<Integer> codes = new HashSet<>();
        for (CatalogItem item : catalog) {
            for (String alias : item.aliases()) {
                String digits = alias.endsWith("号") ? alias.substring(0, alias.length() - 1) : alias;
                if (!digits.isEmpty() && digits.length() <= 3 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    codes.add(Integer.parseInt(digits));
                }
            }
        }
        return new MoneyWritten(List.copyOf(prices), List.copyOf(unique), catalog.size() == 1, Set.copyOf(codes));
    }

    /** A number written at {@code start}..{@code end}, with the count unit right after it, if any. */
    private record Num(int start, int end, BigDecimal value, boolean decimal, String unit, boolean written) {

        boolean hasUnit() {
            return !unit.isEmpty();
        }

        int endWithUnit() {
            return end + unit.length();
        }
    }

    /** The line with the money it works out written as counts or left out. */
    String without(String line) {
        if (!mayHoldMoney(line)) {
            return line;
        }
        List<Num> numbers = numbers(line);
        if (numbers.size() == 1) {
            Num alone = numbers.get(0);
            if (alone.written()
                    && !alone.hasUnit()
                    && alone.value().compareTo(BigDecimal.valueOf(20)) >= 0
                    && isPrice(alone.value())
                    && alone.start() > 0
                    && line.charAt(alone.start() - 1) == ' '
                    && endsAMoneyAmount(line, alone)
                    && !namesByPrice(line, afterMoneyMarks(line, alone.end()))) {
                // 芬芬 大米 69 in a deal of rice at 69: what one costs, not sixty-nine of it
                return (line.substring(0, alone.start()) + line.substring(afterMoneyMarks(line, alone.end()))).strip();
            }
        }
        if (numbers.size() < 2 && !hasTotalWord(line)) {
            return line;
        }
        boolean totals = hasTotalWord(line);
        StringBuilder out = new StringBuilder(line.length());
        int copied = 0;
        boolean countBefore = false; // a count with its unit already written on the line
        List<Num> counts = new ArrayList<>();
        for (int k = 0; k < numbers.size(); k++) {
            Num x = numbers.get(k);
            if (x.start() < copied) {
                continue;
            }
            int op = skipSpaces(line, x.endWithUnit());
            Num y = op < line.length() && TIMES.indexOf(line.charAt(op)) >= 0
                    ? numberAt(numbers, skipSpaces(line, op + 1))
                    : null;
            if (y != null) {
                Product product = product(line, numbers, x, y);
                if (product != null) {
                    int end = endOfSum(line, numbers, y);
                    int from = x.start() > copied && isYuanSign(line.charAt(x.start() - 1)) ? x.start() - 1 : x.start();
                    apart(out, line, copied, from); // ¥58*3: the sign goes with the price
                    if (product.count() == x && x.hasUnit()) {
                        out.append(line, x.start(), x.endWithUnit()); // 羊肉2斤×42=84: the count and its unit
                    } else if (!countBefore) {
                        Num count = product.count();
                        String written = plain(count.value());
                        boolean named = x.start() > 0 && ProductFragments.isHan(line.charAt(x.start() - 1)); // 蓝莓25×2
                        if (!oneProduct
                                && !named
                                && isUniquePrice(product.price().value())) {
                            out.append(plain(product.price().value())).append('的'); // 38×2: the product at 38
                        }
                        out.append(written).append(count.unit().equals("斤半") ? "斤" : count.unit());
                    }
                    counts.add(product.count());
                    copied = end;
                    countBefore |= product.count().hasUnit();
                    continue;
                }
            }
            if (x.hasUnit()) {
                counts.add(x);
                countBefore = true;
                int eq = skipSpaces(line, x.endWithUnit());
                if (isEquals(line, eq)) {
                    Num money = numberAt(numbers, skipSpaces(line, eq + 1));
                    if (money != null && !money.hasUnit()) {
                        out.append(line, copied, x.endWithUnit()); // 排骨2斤=52
                        copied = afterMoneyMarks(line, money.end());
                        continue;
                    }
                }
                Num next = k + 1 < numbers.size() ? numbers.get(k + 1) : null;
                if (next != null
                        && !next.hasUnit()
                        && skipMoneyGap(line, x.endWithUnit()) == next.start()
                        && endsAMoneyAmount(line, next)
                        && isMoneyOf(next.value(), counts)) {
                    out.append(line, copied, x.endWithUnit()); // 1份39, 两袋 60✅
                    copied = afterMoneyMarks(line, next.end());
                }
                continue;
            }
            Num after = k + 1 < numbers.size() ? numbers.get(k + 1) : null;
            if (after != null
                    && !after.hasUnit()
                    && x.written() // 阿四 12: a numeral may be a name
                    && isCount(x)
                    && !x.decimal()
                    && x.value().compareTo(BigDecimal.valueOf(50)) <= 0
                    && after.value().compareTo(BigDecimal.TEN) >= 0
                    && x.end() < after.start()
                    && skipMoneyGap(line, x.end()) == after.start()
                    && endsAMoneyAmount(line, after)
                    && isMoneyOf(after.value(), withCount(counts, x))) {
                out.append(line, copied, x.end()); // 芒果2 78, 鸭翅×2 84: what the count comes to, after a space
                counts.add(x);
                copied = afterMoneyMarks(line, after.end());
                continue;
            }
            if (after != null
                    && after.hasUnit()
                    && skipSpaces(line, x.end()) == after.start()
                    && x.written()
                    && !x.decimal()
                    && x.value().compareTo(BigDecimal.TEN) >= 0
                    && isPrice(x.value())
                    && (oneProduct || isUniquePrice(x.value()))
                    && x.start() > 0
                    && line.charAt(x.start() - 1) == ' ') {
                out.append(line, copied, x.start()); // 39一份: the product sold at 39, or the deal's one product
                if (!oneProduct) {
                    out.append(plain(x.value())).append('的');
                }
                copied = after.start();
                continue;
            }
            int total = totals ? totalWordBefore(line, x.start()) : -1;
            if (total >= 0
                    && !counts.isEmpty()
                    && (isMoneyOf(x.value(), counts) || x.decimal() || followedByYuan(line, x.end()))) {
                out.append(line, copied, total); // 共121
                copied = afterMoneyMarks(line, x.end());
                continue;
            }
        }
        if (copied == 0) {
            return line;
        }
        return out.append(line, copied, line.length()).toString().strip();
    }

    private static boolean isYuanSign(char c) {
        return c == '¥' || c == '￥';
    }

    /** A count and a price multiplied, with the count found. */
    private record Product(Num count, Num price) {}

    /**
     * {@code x × y}: which of the two is the count, or {@code null} when neither is a price of the deal (nor the
     * product checked by an equals sign after it with a count that carries its unit).
     */
    private Product product(String line, List<Num> numbers, Num x, Num y) {
        if (isCode(x) || isCode(y)) {
            return null; // 4*2: two of product 4
        }
        if (y.hasUnit() && !x.hasUnit()) {
            return isPrice(x.value()) && isCount(y) ? new Product(y, x) : null;
        }
        if (x.hasUnit()) {
            return isPrice(y.value()) || (checkedBySum(line, numbers, x, y) && !isCount(y)) ? new Product(x, y) : null;
        }
        if (isPrice(y.value()) && isCount(x)) {
            return new Product(x, y);
        }
        if (isPrice(x.value()) && isCount(y)) {
            return new Product(y, x);
        }
        return null;
    }

    /** {@code 三斤×16=48}: an equals sign after the product with what the two numbers make. */
    private static boolean checkedBySum(String line, List<Num> numbers, Num x, Num y) {
        int eq = skipSpaces(line, y.endWithUnit());
        if (!isEquals(line, eq)) {
            return false;
        }
        Num z = numberAt(numbers, skipSpaces(line, eq + 1));
        return z != null && z.value().compareTo(x.value().multiply(y.value())) == 0;
    }

    /**
     * Where the money after {@code y} ends: further products joined by {@code +} ({@code 2×38+1.5×45}) are read on
     * their own; an equals sign and its sum are taken along.
     */
    private static int endOfSum(String line, List<Num> numbers, Num y) {
        int end = y.endWithUnit();
        int eq = skipSpaces(line, end);
        if (isEquals(line, eq)) {
            Num z = numberAt(numbers, skipSpaces(line, eq + 1));
            if (z != null && !z.hasUnit()) {
                return afterMoneyMarks(line, z.end());
            }
        }
        if (eq < line.length() && line.charAt(eq) == '+') {
            return eq + 1; // the next product is read as the next number
        }
        return end < line.length() && (line.charAt(end) == '元' || line.charAt(end) == '块') ? end + 1 : end;
    }

    private boolean isCode(Num n) {
        return !n.hasUnit()
                && !n.decimal()
                && n.value().compareTo(BigDecimal.valueOf(999)) <= 0
                && codes.contains(n.value().intValue());
    }

    private boolean isPrice(BigDecimal value) {
        for (BigDecimal p : prices) {
            if (p.compareTo(value) == 0) {
                return true;
            }
        }
        return false;
    }

    private boolean isUniquePrice(BigDecimal value) {
        for (BigDecimal p : uniquePrices) {
            if (p.compareTo(value) == 0) {
                return true;
            }
        }
        return false;
    }

    /** A count a line may order: a whole number up to 99, or a half. */
    private static boolean isCount(Num n) {
        BigDecimal v = n.value();
        return v.signum() > 0
                && v.compareTo(BigDecimal.valueOf(99)) <= 0
                && v.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() <= 0;
    }

    /** Whether {@code value} is a price of the deal, or one of {@code counts} times one. */
    private boolean isMoneyOf(BigDecimal value, List<Num> counts) {
        if (isPrice(value)) {
            return true;
        }
        for (Num c : counts) {
            for (BigDecimal p : prices) {
                if (c.value().multiply(p).compareTo(value) == 0) {
                    return true;
                }
            }
        }
        return isWholeMoney(value, counts);
    }

    /** Whether {@code value} is what the counts come to, each at one of the deal's prices (up to four counts). */
    private boolean isWholeMoney(BigDecimal value, List<Num> counts) {
        if (counts.isEmpty() || counts.size() > 4) {
            return false;
        }
        return sums(counts, 0, BigDecimal.ZERO, value);
    }

    private boolean sums(List<Num> counts, int k, BigDecimal sum, BigDecimal target) {
        if (k == counts.size()) {
            return sum.compareTo(target) == 0;
        }
        for (BigDecimal p : prices) {
            if (sums(counts, k + 1, sum.add(counts.get(k).value().multiply(p)), target)) {
                return true;
            }
        }
        return false;
    }

    /** A number that ends the line or is followed by a space, punctuation, 元, 块 or a paid mark. */
    private static boolean endsAMoneyAmount(String line, Num n) {
        int end = n.end();
        if (end >= line.length()) {
            return true;
        }
        char c = line.charAt(end);
        return c == ' ' || c == ',' || c == '，' || c == '元' || c == '块' || c == '✅' || c == '(' || c == '（';
    }

    /** {@code 39元的}, {@code 69那个}: the price names the product sold at it (read as such elsewhere). */
    private static boolean namesByPrice(String line, int at) {
        return at < line.length() && "的那款".indexOf(line.charAt(at)) >= 0;
    }

    private static boolean followedByYuan(String line, int end) {
        return end < line.length() && (line.charAt(end) == '元' || line.charAt(end) == '块');
    }

    /** After a sum of money: 元 or 块 and a paid mark go with it. */
    private static int afterMoneyMarks(String line, int end) {
        int i = end;
        if (i < line.length() && (line.charAt(i) == '元' || line.charAt(i) == '块')) {
            i++;
        }
        if (i < line.length() && line.charAt(i) == '✅') {
            i++;
        }
        return i;
    }

    /** Where a word of the whole sum ({@code 共}, {@code 合计}) starts right before {@code at}, or -1. */
    private static int totalWordBefore(String line, int at) {
        int i = at;
        while (i > 0 && (line.charAt(i - 1) == ' ' || line.charAt(i - 1) == ':' || line.charAt(i - 1) == '：')) {
            i--;
        }
        for (String w : TOTAL_WORDS) {
            if (i >= w.length() && line.startsWith(w, i - w.length())) {
                return i - w.length();
            }
        }
        return -1;
    }

    private static boolean hasTotalWord(String line) {
        return line.indexOf('共') >= 0 || line.contains("合计") || line.contains("总计") || line.contains("总价");
    }

    /**
     * A quick look: an operator of multiplication, an equals sign, a word of the sum or a paid mark; a number with a
     * decimal point, or one that is a price or a few times one; a number in characters of ten or more
     * ({@code 五十八}); or a number right after a unit (what a count comes to, {@code 骨头2斤 39}).
     */
    private boolean mayHoldMoney(String line) {
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = i;
                int value = 0;
                while (end < n && line.charAt(end) >= '0' && line.charAt(end) <= '9' && end - i < 6) {
                    value = value * 10 + (line.charAt(end) - '0');
                    end++;
                }
                if ((end < n && line.charAt(end) == '.' && end + 1 < n && Character.isDigit(line.charAt(end + 1)))
                        || (end - i >= 2 && moneyInts.get(value))
                        || (end - i >= 2 && afterAUnit(line, i))
                        || (end < n && (line.charAt(end) == 'x' || line.charAt(end) == 'X'))) {
                    return true;
                }
                i = end - 1;
            } else if (c == '=' || c == '＝' || c == '*' || c == '×' || c == '✖' || c == '共' || c == '计' || c == '✅'
                    || c == '十' || c == '百') {
                return true;
            }
        }
        return false;
    }

    /** Whether a count's unit stands right before {@code at}, spaces apart ({@code 2斤 39}). */
    private static boolean afterAUnit(String line, int at) {
        int i = at;
        while (i > 0 && line.charAt(i - 1) == ' ') {
            i--;
        }
        return i > 1 && COUNT_UNITS.indexOf(line.charAt(i - 1)) >= 0;
    }

    private static Num numberAt(List<Num> numbers, int at) {
        for (Num n : numbers) {
            if (n.start() == at) {
                return n;
            }
        }
        return null;
    }

    /** Every number of the line, in digits ({@code 15.8}) or Chinese numerals ({@code 五十八}, {@code 两}). */
    private static List<Num> numbers(String line) {
        List<Num> out = new ArrayList<>();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c >= '0' && c <= '9') {
                int end = i;
                while (end < line.length() && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
                    end++;
                }
                boolean decimal = false;
                if (end + 1 < line.length()
                        && line.charAt(end) == '.'
                        && line.charAt(end + 1) >= '0'
                        && line.charAt(end + 1) <= '9') {
                    decimal = true;
                    end++;
                    while (end < line.length() && line.charAt(end) >= '0' && line.charAt(end) <= '9') {
                        end++;
                    }
                }
                boolean afterTimes = i > 1
                        && (line.charAt(i - 1) == 'x' || line.charAt(i - 1) == 'X')
                        && (line.charAt(i - 2) == ' ' || (line.charAt(i - 2) >= '0' && line.charAt(i - 2) <= '9'));
                boolean partOfAWord = (i > 0 && !afterTimes && isLatinOrDigitOrDot(line.charAt(i - 1)))
                        || (end < line.length() && isTimeOrDate(line.charAt(end)))
                        || (end < line.length()
                                && isLatinLetter(line.charAt(end))
                                && !isTimesLetter(line, end)
                                && !line.regionMatches(true, end, "kg", 0, 2));
                if (!partOfAWord && end - i <= 7) {
                    BigDecimal value = decimal
                            ? new BigDecimal(line.substring(i, end))
                            : BigDecimal.valueOf(Long.parseLong(line, i, end, 10));
                    out.add(counted(line, i, end, value, decimal, true));
                }
                i = end;
            } else if (ChineseNumerals.isNumeral(c) || c == '半') {
                if (c == '半') {
                    boolean unit = i + 1 < line.length() && COUNT_UNITS.indexOf(line.charAt(i + 1)) >= 0;
                    if (unit && (i == 0 || !ChineseNumerals.isNumeral(line.charAt(i - 1)))) {
                        out.add(new Num(i, i + 1, new BigDecimal("0.5"), true, line.substring(i + 1, i + 2), false));
                    }
                    i++;
                    continue;
                }
                ChineseNumerals.Reading r = ChineseNumerals.read(line, i);
                if (r == null) {
                    i++;
                    continue;
                }
                int end = i + r.length();
                out.add(counted(line, i, end, BigDecimal.valueOf(r.value()), false, false));
                i = end;
            } else {
                i++;
            }
        }
        return out;
    }

    /** The number at {@code start..end} with the unit after it; {@code 1斤半}, {@code 一斤半} are one and a half. */
    private static Num counted(String line, int start, int end, BigDecimal value, boolean decimal, boolean written) {
        String unit = unitAt(line, end);
        if (unit.equals("斤") && end + 1 < line.length() && line.charAt(end + 1) == '半') {
            return new Num(start, end, value.add(new BigDecimal("0.5")), decimal, "斤半", written);
        }
        return new Num(start, end, value, decimal, unit, written);
    }

    private static boolean isEquals(String line, int at) {
        return at < line.length() && (line.charAt(at) == '=' || line.charAt(at) == '＝');
    }

    private static boolean isTimesLetter(String line, int at) {
        char c = line.charAt(at);
        return (c == 'x' || c == 'X') && (at + 1 >= line.length() || !isLatinLetter(line.charAt(at + 1)));
    }

    /** Each unit of {@link #COUNT_UNITS} as a string of its own, made once. */
    private static final String[] UNIT_WORDS =
            COUNT_UNITS.chars().mapToObj(c -> String.valueOf((char) c)).toArray(String[]::new);

    private static String unitAt(String line, int end) {
        if (end >= line.length()) {
            return "";
        }
        if (line.regionMatches(true, end, "kg", 0, 2)) {
            return "kg";
        }
        int unit = COUNT_UNITS.indexOf(line.charAt(end));
        return unit >= 0 ? UNIT_WORDS[unit] : "";
    }

    /** {@code out} with {@code line[from, to)} after it, a space between two words the cut would glue together. */
    private static void apart(StringBuilder out, String line, int from, int to) {
        out.append(line, from, to);
        if (out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }

    private static boolean isLatinLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isLatinOrDigitOrDot(char c) {
        return isLatinLetter(c) || c == '.' || c == '-' || c == '#' || c == '_' || isTimeOrDate(c);
    }

    /** {@code 7:15}, {@code 12/3}, {@code 3-2-1102}: a time, a date or a room, no money. */
    private static boolean isTimeOrDate(char c) {
        return c == ':' || c == '：' || c == '/' || c == '-' || c == '~';
    }

    /** Past the spaces and one comma between a count and what it comes to ({@code 要一箱,59}). */
    private static int skipMoneyGap(String line, int at) {
        int i = skipSpaces(line, at);
        if (i < line.length() && (line.charAt(i) == ',' || line.charAt(i) == '，')) {
            i = skipSpaces(line, i + 1);
        }
        return i;
    }

    private static List<Num> withCount(List<Num> counts, Num count) {
        List<Num> out = new ArrayList<>(counts);
        out.add(count);
        return out;
    }

    private static int skipSpaces(String line, int at) {
        int i = at;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
