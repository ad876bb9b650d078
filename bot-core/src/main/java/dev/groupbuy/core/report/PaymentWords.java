package dev.groupbuy.core.report;

import dev.groupbuy.core.order.PaymentStatus;

/** A payment status as people write it: 未付, 已付, 已退款. */
public final class PaymentWords {

    private PaymentWords() {}

    public static String of(PaymentStatus status) {
        return switch (status) {
            case UNPAID -> "未付";
            case PAID -> "已付";
            case REFUNDED -> "已退款";
        };
    }
}
