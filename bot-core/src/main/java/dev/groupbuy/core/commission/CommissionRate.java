package dev.groupbuy.core.commission;

import java.math.BigDecimal;

/**
 * A leader's share of the sales, as a fraction: {@code 0.10} is ten percent. Between 0 and 1, at most four
 * decimals (the store's {@code DECIMAL(5,4)}).
 */
public final class CommissionRate {

    public static final int SCALE = 4;

    private CommissionRate() {}

    /** @throws IllegalArgumentException when the rate is not a fraction between 0 and 1 with at most 4 decimals */
    public static BigDecimal of(BigDecimal rate) {
        if (rate.signum() < 0 || rate.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a commission rate is a fraction between 0 and 1, such as 0.10");
        }
        if (rate.stripTrailingZeros().scale() > SCALE) {
            throw new IllegalArgumentException("a commission rate has at most " + SCALE + " decimals");
        }
        return rate.setScale(SCALE);
    }

    /** As the change log writes it: {@code 0.1000}, or {@code none}. */
    public static String text(BigDecimal rate) {
        return rate == null ? "none" : rate.toPlainString();
    }
}
