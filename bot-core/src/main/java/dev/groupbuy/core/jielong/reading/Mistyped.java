package dev.groupbuy.core.jielong.reading;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A count the resident says in a bracket after it they mistyped: {@code 55瓶（打错，5瓶）} gives the count in the
 * bracket, {@code 10袋（打多了个0）} and {@code 22盒（多按了个2）} the count without the digit typed once too often. The
 * line is written with the count meant before it is read.
 */
final class Mistyped {

    private static final String UNIT = "[" + MoneyWritten.COUNT_UNITS + "]";

    private static final String TYPED_WRONG = "(?:打错|写错|按错|手滑|多打|打多|多按|多写|写多)";

    /** {@code 55瓶（打错，5瓶）}: the count, then a bracket saying it is mistyped with the count meant. */
    private static final Pattern SAID_AGAIN = Pattern.compile("(\\d{1,3})(" + UNIT + ")\\s*[(（][^()（）]*?" + TYPED_WRONG
            + "[^()（）\\d]*?(\\d{1,2}(?:\\.\\d)?)\\s*(" + UNIT + ")?[^()（）\\d]*[)）]");

    /** {@code 10袋（打多了个0）}: the count, then a bracket naming the digit typed once too often. */
    private static final Pattern ONE_DIGIT_TOO_MANY = Pattern.compile("(\\d{2,3})(" + UNIT + ")\\s*[(（][^()（）\\d]*?"
            + "(?:多打|打多|多按|按多|多写|写多)了?(?:一)?个?(\\d)(?![\\d.])[^()（）]*[)）]");

    private Mistyped() {}

    /** A quick look for the words of typing wrong: 打, 写, 按 or 滑. */
    private static boolean saysMistyped(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '打' || c == '写' || c == '按' || c == '滑') {
                return true;
            }
        }
        return false;
    }

    /** {@code line} with a count said to be mistyped written as the count meant. */
    static String corrected(String line) {
        if ((line.indexOf('(') < 0 && line.indexOf('（') < 0) || !saysMistyped(line)) {
            return line;
        }
        Matcher again = SAID_AGAIN.matcher(line);
        if (again.find() && (again.group(4) == null || again.group(4).equals(again.group(2)))) {
            return line.substring(0, again.start()) + again.group(3) + again.group(2) + line.substring(again.end());
        }
        Matcher digit = ONE_DIGIT_TOO_MANY.matcher(line);
        if (digit.find()) {
            String count = digit.group(1);
            int at = count.lastIndexOf(digit.group(3));
            if (at >= 0) {
                String meant = count.substring(0, at) + count.substring(at + 1);
                if (!meant.isEmpty() && !meant.startsWith("0")) {
                    return line.substring(0, digit.start()) + meant + digit.group(2) + line.substring(digit.end());
                }
            }
        }
        return line;
    }
}
