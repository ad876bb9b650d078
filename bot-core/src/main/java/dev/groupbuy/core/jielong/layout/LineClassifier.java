package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.jielong.text.TextNormalizer;
import dev.groupbuy.core.jielong.tokens.CatalogMatcher;
import dev.groupbuy.core.jielong.tokens.WordTable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises the leader's lines around the sign-ups: the {@code 例}/{@code 格式} example, priced product
 * lines ({@code 1. 丹东草莓 25元/盒}), the 接龙 header and footers such as {@code 接龙人数：12}.
 */
public final class LineClassifier {

    private static final List<String> EXAMPLE_PREFIXES = List.of("例如", "例子", "示例", "举例", "例", "格式", "模板", "参考", "范例");
    private static final WordTable PRICE_WORDS = new WordTable(List.of("团购价", "原价", "售价", "单价", "特价", "秒杀价"));
    private static final Pattern PLAIN_PRICE = Pattern.compile("\\d(\\.\\d+)?\\s*元");

    private LineClassifier() {}

    public static boolean isExample(String body) {
        int first = 0;
        while (first < body.length() && body.charAt(first) == ' ') {
            first++;
        }
        if (first >= body.length() || "例格示举模参范【[(".indexOf(body.charAt(first)) < 0) {
            return false;
        }
        String s = body.strip();
        while (!s.isEmpty() && (s.charAt(0) == '【' || s.charAt(0) == '[' || s.charAt(0) == '(')) {
            s = s.substring(1);
        }
        for (String prefix : EXAMPLE_PREFIXES) {
            if (s.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** A product line with a price, as the leader lists the deal ({@code 25元/盒}, {@code 团购价45}). */
    public static boolean isPriceLine(String body) {
        if (!mentionsPrice(body)) {
            return false;
        }
        String s = withoutBrackets(body);
        for (int i = 0; i < s.length(); i++) {
            if (priceAt(s, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A price starts at {@code i}: {@code 25元/}, {@code 25元每}, {@code 25元一}, {@code 45/箱}, {@code ¥25} or a
     * price word such as {@code 团购价}.
     */
    private static boolean priceAt(String s, int i) {
        char c = s.charAt(i);
        if (c >= '0' && c <= '9') {
            int j = skipSpaces(s, i + 1);
            if (j < s.length() && (s.charAt(j) == '元' || s.charAt(j) == '块')) {
                int k = skipSpaces(s, j + 1);
                return k < s.length() && "/每一".indexOf(s.charAt(k)) >= 0;
            }
            if (j < s.length() && s.charAt(j) == '/' && !fieldBetweenSlashes(s, i)) {
                int k = skipSpaces(s, j + 1);
                return k < s.length() && (isCommonHan(s.charAt(k)) || CatalogMatcher.isAsciiLetter(s.charAt(k)));
            }
            return false;
        }
        if (c == '¥' || c == '￥' || c == '$') {
            int j = skipSpaces(s, i + 1);
            return j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9';
        }
        return PRICE_WORDS.longestAt(s, i) != null;
    }

    private static int skipSpaces(String s, int from) {
        int j = from;
        while (j < s.length() && isRegexSpace(s.charAt(j))) {
            j++;
        }
        return j;
    }

    /** What {@code \\s} matched: ASCII whitespace only. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * {@code 品牌/暖暖/1/少糖}: the number ending at {@code i} stands between slashes, a field of a sign-up written
     * {@code 部门/名字/数量/要求}, not a price per unit.
     */
    private static boolean fieldBetweenSlashes(String s, int i) {
        int start = i;
        while (start > 0 && (Character.isDigit(s.charAt(start - 1)) || s.charAt(start - 1) == '.')) {
            start--;
        }
        return start > 0 && s.charAt(start - 1) == '/';
    }

    private static boolean isCommonHan(char c) {
        return c >= '\u4e00' && c <= '\u9fa5';
    }

    /** A price on a line: {@code 45元}, {@code 45/袋}, {@code ¥45}. */
    private static final java.util.regex.Pattern PRICED =
            java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?\\s*(?:元|块|/)|[¥￥]\\s*\\d");

    /** Whether {@code line} carries a price ({@code 45元}, {@code 45/袋}, {@code ¥45}). */
    public static boolean carriesAPrice(String line) {
        return PRICED.matcher(line).find();
    }

    public static boolean mentionsPrice(String body) {
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '元' || c == '/' || c == '价' || c == '¥' || c == '￥' || c == '$') {
                return true;
            }
        }
        return false;
    }

    /** {@code 25元} written without a name in front: a product and its price. */
    public static boolean hasPlainPrice(String body) {
        return body.indexOf('元') >= 0
                && PLAIN_PRICE.matcher(withoutBrackets(body)).find();
    }

    public static boolean hasChainMarker(String line) {
        for (int i = line.indexOf("接龙"); i >= 0; i = line.indexOf("接龙", i + 2)) {
            char before = i > 0 ? line.charAt(i - 1) : ' ';
            char after = i + 2 < line.length() ? line.charAt(i + 2) : ' ';
            if (REFERENCE_BEFORE.indexOf(before) < 0 && REFERENCE_AFTER.indexOf(after) < 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code 按接龙序号分批取}, {@code 接龙的邻居}, {@code 已接龙的}: words that speak of an earlier chain, not head
     * one.
     */
    private static final String REFERENCE_BEFORE = "按照已在";

    private static final String REFERENCE_AFTER = "序号的里名表单";

    /** How a leader's running tally under the list starts: {@code 目前14箱 满20箱包邮}, {@code 截至目前 共12份}. */
    private static final List<String> TALLY_WORDS =
            List.of("目前", "当前", "现在已", "已有", "已接", "截至", "截止", "统计", "已统计", "汇总", "已汇总", "总共", "总数", "小计", "累计", "还差");

    public static boolean isFooter(String line) {
        String s = TextNormalizer.trimSeparators(line.strip());
        while (!s.isEmpty() && "【[(（".indexOf(s.charAt(0)) >= 0) {
            s = s.substring(1); // 【团长统计：目前14斤】, （截至中午12点 共12.5斤）
        }
        if (s.startsWith("团长")) {
            s = s.substring(2); // 团长统计：已接19斤
        }
        for (String word : TALLY_WORDS) {
            if (s.startsWith(word)) {
                return true;
            }
        }
        return s.startsWith("接龙人数")
                || s.startsWith("人数")
                || s.startsWith("共")
                || s.startsWith("合计")
                || s.startsWith("总计")
                || s.startsWith("一共");
    }

    static String withoutBrackets(String s) {
        if (s.indexOf('(') < 0 && s.indexOf('【') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
