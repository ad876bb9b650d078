package dev.groupbuy.core.jielong.reading;

/**
 * Words a line repeats by accident: the whole sign-up pasted twice over, or its number written twice. The line
 * is read as if said once; the entry keeps the text as written.
 */
final class Repeats {

    private Repeats() {}

    /** Longer than any sign-up: such a line is read as it is, in time linear in its length. */
    private static final int MAX_SIGN_UP_LENGTH = 200;

    /**
     * {@code 刘姐 2杯 6栋 刘姐 2杯 6栋}, {@code 田田 5杯(少糖)田田 5杯(少糖)}: a line whose words are pasted twice over
     * says them once.
     */
    static String saidOnce(String body) {
        String s = body.strip();
        int n = s.length();
        if (n < 6 || n > MAX_SIGN_UP_LENGTH) {
            return body;
        }
        int half = n / 2;
        for (int cut = half - 1; cut <= half + 1; cut++) {
            if (cut <= 2 || cut >= n) {
                continue;
            }
            String first = s.substring(0, cut).strip();
            String second = s.substring(cut).strip();
            if (first.length() >= 3 && first.equals(second)) {
                return first;
            }
        }
        for (int len = (n - 1) / 2; len >= 4; len--) {
            String tail = s.substring(n - len);
            String before = s.substring(0, n - len).stripTrailing();
            int copy = before.length() - tail.length();
            boolean apart = copy > 0 && Character.isWhitespace(before.charAt(copy - 1));
            if (apart && before.endsWith(tail) && !Character.isWhitespace(tail.charAt(0))) {
                return before; // 小侯 3-2-701 2杯3-2-701 2杯: the order pasted twice after the name
            }
        }
        return body;
    }

    /** {@code 6. 6. 阿宝 1杯}: the line's number written twice. */
    static String withoutItsNumberAgain(String body, int seq) {
        String number = Integer.toString(seq);
        String s = body.stripLeading();
        if (s.startsWith(number)
                && s.length() > number.length() + 1
                && ".、)）".indexOf(s.charAt(number.length())) >= 0) {
            return s.substring(number.length() + 1);
        }
        return body;
    }
}
