package dev.groupbuy.core.signup;

import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import java.util.List;

/**
 * Why a new chain line that reads as an order did not become one, besides the parser's own reviews. The line
 * is remembered in the ledger like any other, so it is raised once; the participant's next line that fits
 * makes the order.
 */
public enum LineProblem {

    /** The participant's name is longer than an order's may be ({@link Order#MAX_NAME_LENGTH}): the bot asks. */
    NAME_TOO_LONG,

    /** A quantity is beyond what an order stores ({@link OrderItem#fitsStore()}): the bot asks. */
    QUANTITY_OUT_OF_RANGE,

    /** The store refused the line's order although it looked right: the bot tells the group's leaders. */
    NOT_STORED;

    /** The problem of a line that would set {@code name}'s order to {@code items}, or {@code null} when none. */
    static LineProblem of(String name, List<OrderItem> items) {
        if (!Order.fitsName(name)) {
            return NAME_TOO_LONG;
        }
        return items.stream().allMatch(OrderItem::fitsStore) ? null : QUANTITY_OUT_OF_RANGE;
    }

    /** One line with its problem. */
    public record Line(ChainEntry entry, LineProblem problem) {}
}
