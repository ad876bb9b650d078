package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line in a deal of one product that gives money and no count: {@code 李大哥 ￥176}, {@code 玉兰 转了278},
 * {@code 闵阿姨 60元}. When the money is the price, it is one; any other sum says a count the leader has to work out
 * (two at 88, or a sum that fits no count), so she is asked rather than told one.
 */
final class MoneyOnly {

    private static final Pattern MONEY = Pattern.compile(
            "(?<!定金|订金|押金)(?:(?:转了|已转|已付|付了|转账|付款)[:：]?|[￥¥]\\s*)(\\d+(?:\\.\\d+)?)(?![\\d.]|\\s*[\\p{IsHan}&&[^元块]])"
                    + "\\s*(?:元|块钱?)?|(?<![\\d.]|定金|订金|押金)(\\d+(?:\\.\\d+)?)\\s*(元|块钱|块)");

    /**
     * A count the line writes besides the money: digits or a numeral with a unit, times a number, or a number
     * standing alone.
     */
    private static final Pattern COUNT = Pattern.compile("(?:\\d+(?:\\.\\d+)?|[一二两三四五六七八九十半俩仨])\\s*["
            + MoneyWritten.COUNT_UNITS + "张盆台只]|[x×*X]\\s*\\d|(?:^|\\s)\\d{1,2}(?:\\s|$)");

    private MoneyOnly() {}

    /** Whether {@code text} pays a sum other than {@code product}'s price and writes no count. */
    static boolean paysForAnotherCount(String text, CatalogItem product) {
        BigDecimal price = product.price();
        if (price == null
                || price.signum() <= 0
                || (text.indexOf('元') < 0
                        && text.indexOf('块') < 0
                        && text.indexOf('￥') < 0
                        && text.indexOf('¥') < 0
                        && !text.contains("转")
                        && !text.contains("付"))) {
            return false;
        }
        Matcher m = MONEY.matcher(text);
        boolean other = false;
        StringBuilder rest = new StringBuilder();
        int copied = 0;
        while (m.find()) {
            String amount = m.group(1) != null ? m.group(1) : m.group(2);
            BigDecimal sum = new BigDecimal(amount);
            if ("块".equals(m.group(3)) && (product.unit().equals("块") || sum.compareTo(BigDecimal.TEN) < 0)) {
                continue; // 1块: one piece (of tofu, of soap), no money
            }
            other |= sum.compareTo(price) != 0;
            rest.append(text, copied, m.start()).append(' ');
            copied = m.end();
        }
        if (copied == 0) {
            return false;
        }
        rest.append(text, copied, text.length());
        return other && !COUNT.matcher(rest).find() && !rest.toString().contains(product.unit());
    }
}
