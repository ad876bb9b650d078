package dev.groupbuy.core.jielong;

import dev.groupbuy.core.jielong.tokens.PaymentMarks;
import dev.groupbuy.core.order.OrderItem;
import java.util.List;

/**
 * One participant line of a chain.
 *
 * @param seq the number the line carries (or previous + 1 for the unnumbered last line)
 * @param name the participant's name or nickname, without quantities, products, notes or remarks
 * @param items what the line orders; empty when cancelled or under review
 * @param cancelled the line cancels the participant's order
 * @param review the parser is not sure: a human must clarify; {@code reason} says why
 * @param reason why the line needs review, {@code null} when it needs none
 * @param note building/room and remarks found on the line, else empty
 * @param text the line after its number, trimmed: what identifies this version of the participant's line
 * @param line the raw line as written
 */
public record ChainEntry(
        int seq,
        String name,
        List<OrderItem> items,
        boolean cancelled,
        boolean review,
        ReviewReason reason,
        String note,
        String text,
        String line) {

    /** Whether the line carries a payment mark ({@code 已付}, {@code 已转}, {@code ✅} …) and no "not yet". */
    public boolean paid() {
        return !cancelled && PaymentMarks.saysPaid(text.isEmpty() ? line : text);
    }

    public ChainEntry {
        items = items == null ? List.of() : List.copyOf(items);
        if (review != (reason != null)) {
            throw new IllegalArgumentException("a review needs a reason, and only a review has one");
        }
        note = note == null ? "" : note;
        text = text == null ? "" : text;
        line = line == null ? "" : line;
    }
}
