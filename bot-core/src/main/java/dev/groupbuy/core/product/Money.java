package dev.groupbuy.core.product;

import java.math.BigDecimal;

/**
 * Amounts of money as the store keeps them ({@code DECIMAL(12,2)}): never negative, at most {@link #MAX}, in
 * cents, always with two decimals. Never floating point.
 */
public final class Money {

    public static final BigDecimal MAX = new BigDecimal("9999999999.99");

    private Money() {}

    /**
     * The amount with two decimals.
     *
     * @throws IllegalArgumentException naming {@code what} when the amount is negative, too large or finer than
     *     a cent
     */
    public static BigDecimal of(BigDecimal amount, String what) {
        if (amount.signum() < 0) {
            throw new IllegalArgumentException(what + " must not be negative");
        }
        if (amount.compareTo(MAX) > 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException(what + " must be at most " + MAX + " with at most two decimals");
        }
        return amount.setScale(2);
    }

    /** Like {@link #of} for an optional amount: {@code null} stays {@code null}. */
    public static BigDecimal orNull(BigDecimal amount, String what) {
        return amount == null ? null : of(amount, what);
    }
}
