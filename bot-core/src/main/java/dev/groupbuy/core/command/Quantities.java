package dev.groupbuy.core.command;

import java.math.BigDecimal;
import java.util.Optional;

/** Quantities as people type them in commands: {@code 3}, {@code 1.5}, {@code 两}, {@code 十二}, {@code 半}. */
final class Quantities {

    static final String CHINESE = "零一二两三四五六七八九十半";

    private Quantities() {}

    static Optional<BigDecimal> parse(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.matches("\\d{1,6}(\\.\\d{1,3})?")) {
            return Optional.of(new BigDecimal(text));
        }
        if (text.equals("半")) {
            return Optional.of(new BigDecimal("0.5"));
        }
        if (!text.matches("[零一二两三四五六七八九十]{1,3}")) {
            return Optional.empty();
        }
        int ten = text.indexOf('十');
        if (ten < 0) {
            return text.length() == 1 ? Optional.of(BigDecimal.valueOf(digit(text.charAt(0)))) : Optional.empty();
        }
        int tens = ten == 0 ? 1 : digit(text.charAt(0));
        int ones = ten == text.length() - 1 ? 0 : digit(text.charAt(ten + 1));
        return Optional.of(BigDecimal.valueOf(tens * 10L + ones));
    }

    /** Whether {@code c} can be part of a quantity. */
    static boolean isQuantityChar(char c) {
        return (c >= '0' && c <= '9') || c == '.' || CHINESE.indexOf(c) >= 0;
    }

    private static int digit(char c) {
        return c == '两' ? 2 : "零一二三四五六七八九".indexOf(c);
    }
}
