package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.order.OrderItem;
import java.util.List;

/**
 * What one participant line orders: items, a cancel, or a question for a human; {@code earlier} when the
 * question is answered by the same neighbour's earlier line ({@link EarlierOrder}).
 */
public record LineOrder(
        List<OrderItem> items, boolean cancelled, boolean review, ReviewReason reason, EarlierOrder earlier) {

    static LineOrder of(List<OrderItem> items) {
        return new LineOrder(List.copyOf(items), false, false, null, null);
    }

    static LineOrder cancel() {
        return new LineOrder(List.of(), true, false, null, null);
    }

    static LineOrder review(ReviewReason reason) {
        return new LineOrder(List.of(), false, true, reason, null);
    }

    /**
     * {@code 奥利奥不要了}: a cancel of the whole line, unless the neighbour's earlier line ordered more than
     * what it drops — then the rest of that order.
     */
    static LineOrder cancelUnlessEarlier(EarlierOrder earlier) {
        return new LineOrder(List.of(), true, false, null, earlier);
    }

    /**
     * {@code items}, and the rest of the neighbour's earlier order as it was when there is one ({@code 排骨改成2斤 其他不变},
     * {@code C也来1袋 其他不变}).
     */
    static LineOrder keepingTheRest(List<OrderItem> items) {
        return new LineOrder(List.copyOf(items), false, false, null, EarlierOrder.updatedWith(items));
    }

    /** A question the neighbour's earlier line answers. */
    static LineOrder againstEarlier(ReviewReason reason, EarlierOrder earlier) {
        return new LineOrder(List.of(), false, true, reason, earlier);
    }
}
