package dev.groupbuy.core.order;

import java.util.Locale;

/**
 * Whether a resident paid for an order: {@link #UNPAID} until marked (a 已付 on their chain line, {@code #已付},
 * the API), {@link #PAID}, or {@link #REFUNDED} when the money went back and the goods will not be delivered.
 */
public enum PaymentStatus {
    UNPAID,
    PAID,
    REFUNDED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for a name that is none of {@code unpaid}, {@code paid}, {@code refunded} */
    public static PaymentStatus fromWireName(String value) {
        return valueOf(value.strip().toUpperCase(Locale.ROOT));
    }
}
