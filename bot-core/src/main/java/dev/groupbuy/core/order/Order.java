package dev.groupbuy.core.order;

import dev.groupbuy.core.store.TextLimit;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One participant's order in a deal. A participant name longer than {@value #MAX_NAME_LENGTH} characters is
 * refused (a chain line with such a name goes to review instead), the line and the note are kept to their
 * first {@value #MAX_LINE_LENGTH} and {@value #MAX_NOTE_LENGTH} characters: the sizes the store gives them.
 *
 * @param id {@code null} until stored
 * @param groupId the group whose chain the order came from
 * @param name the participant as written in the chain (the 接龙 name)
 * @param memberId the platform user id when known, else {@code null}
 * @param seq the number of the participant's line in the chain that last changed the order
 * @param line that line as written, without its number
 * @param version optimistic-locking counter, bumped by every stored change
 * @param note building/room and remarks from the participant's line (for the pickup list), else empty
 * @param payment whether the participant paid; kept through changes and cancels (a paid order that is
 *     cancelled still needs its refund)
 */
public record Order(
        Long id,
        long dealId,
        long groupId,
        String name,
        String memberId,
        List<OrderItem> items,
        OrderStatus status,
        int seq,
        String line,
        long version,
        Instant updatedAt,
        String note,
        PaymentStatus payment) {

    public static final int MAX_NAME_LENGTH = 255;
    public static final int MAX_LINE_LENGTH = 1_000;
    public static final int MAX_NOTE_LENGTH = 255;
    /** A platform user id, as {@code InboundMessage} bounds it. */
    public static final int MAX_MEMBER_ID_LENGTH = 128;

    public Order {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an order needs a participant name");
        }
        if (!fitsName(name)) {
            throw new IllegalArgumentException(
                    "an order's participant name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (!TextLimit.fits(memberId, MAX_MEMBER_ID_LENGTH)) {
            throw new IllegalArgumentException(
                    "an order's member id is longer than " + MAX_MEMBER_ID_LENGTH + " characters");
        }
        if (status == null) {
            throw new IllegalArgumentException("an order needs a status");
        }
        items = items == null ? List.of() : List.copyOf(items);
        if (items.stream().map(OrderItem::sku).distinct().count() != items.size()) {
            throw new IllegalArgumentException("an order holds at most one item per sku");
        }
        line = line == null ? "" : TextLimit.cut(line, MAX_LINE_LENGTH);
        note = note == null ? "" : TextLimit.cut(note.strip(), MAX_NOTE_LENGTH);
        payment = payment == null ? PaymentStatus.UNPAID : payment;
    }

    /** An order not paid yet. */
    public Order(
            Long id,
            long dealId,
            long groupId,
            String name,
            String memberId,
            List<OrderItem> items,
            OrderStatus status,
            int seq,
            String line,
            long version,
            Instant updatedAt,
            String note) {
        this(id, dealId, groupId, name, memberId, items, status, seq, line, version, updatedAt, note, null);
    }

    /** An order without a note. */
    public Order(
            Long id,
            long dealId,
            long groupId,
            String name,
            String memberId,
            List<OrderItem> items,
            OrderStatus status,
            int seq,
            String line,
            long version,
            Instant updatedAt) {
        this(id, dealId, groupId, name, memberId, items, status, seq, line, version, updatedAt, "");
    }

    /** Whether a participant name is short enough to be an order's. */
    public static boolean fitsName(String name) {
        return TextLimit.fits(name, MAX_NAME_LENGTH);
    }

    public boolean isActive() {
        return status == OrderStatus.ACTIVE;
    }

    public Order withId(long newId) {
        return new Order(
                newId, dealId, groupId, name, memberId, items, status, seq, line, version, updatedAt, note, payment);
    }

    /** A new active order for a participant's first clear line. */
    public static Order placed(
            long dealId,
            long groupId,
            String name,
            String memberId,
            List<OrderItem> items,
            int seq,
            String line,
            Instant at) {
        return placed(dealId, groupId, name, memberId, items, seq, line, "", at);
    }

    /** A new active order, with the building/room or remark its line carried. */
    public static Order placed(
            long dealId,
            long groupId,
            String name,
            String memberId,
            List<OrderItem> items,
            int seq,
            String line,
            String note,
            Instant at) {
        if (items == null || items.isEmpty()) {
            throw new IllegalArgumentException("a new order needs items");
        }
        return new Order(
                null, dealId, groupId, name.strip(), memberId, items, OrderStatus.ACTIVE, seq, line, 0, at, note);
    }

    /**
     * The order set to {@code newItems}: a change of an active order or a re-order after a cancel.
     *
     * @throws OrderStateException when the order was already picked up or {@code newItems} is empty
     */
    public Order changeTo(List<OrderItem> newItems, int newSeq, String newLine, Instant at) {
        if (status == OrderStatus.PICKED_UP) {
            throw new OrderStateException("order " + id + " was picked up, it can no longer change");
        }
        if (newItems == null || newItems.isEmpty()) {
            throw new OrderStateException("order " + id + " cannot change to nothing; cancel it instead");
        }
        return new Order(
                id,
                dealId,
                groupId,
                name,
                memberId,
                newItems,
                OrderStatus.ACTIVE,
                newSeq,
                newLine,
                version,
                at,
                note,
                payment);
    }

    /** The same change, with the note of the new line (kept when the line has none). */
    public Order changeTo(List<OrderItem> newItems, int newSeq, String newLine, String newNote, Instant at) {
        Order changed = changeTo(newItems, newSeq, newLine, at);
        return newNote == null || newNote.isBlank() ? changed : changed.withNote(newNote);
    }

    /**
     * The order handed over to its participant.
     *
     * @throws OrderStateException when the order is not active
     */
    public Order pickUp(Instant at) {
        if (!isActive()) {
            throw new OrderStateException(
                    "order " + id + " is " + status.wireName() + ", only an active order can be picked up");
        }
        return new Order(
                id,
                dealId,
                groupId,
                name,
                memberId,
                items,
                OrderStatus.PICKED_UP,
                seq,
                line,
                version,
                at,
                note,
                payment);
    }

    public Order withNote(String newNote) {
        return new Order(
                id, dealId, groupId, name, memberId, items, status, seq, line, version, updatedAt, newNote, payment);
    }

    /**
     * The order cancelled; it keeps no items.
     *
     * @throws OrderStateException when the order is not active
     */
    public Order cancel(int newSeq, String newLine, Instant at) {
        if (!isActive()) {
            throw new OrderStateException(
                    "order " + id + " is " + status.wireName() + ", only an active order can be cancelled");
        }
        return new Order(
                id,
                dealId,
                groupId,
                name,
                memberId,
                List.of(),
                OrderStatus.CANCELLED,
                newSeq,
                newLine,
                version,
                at,
                note,
                payment);
    }

    /**
     * The order with its payment set to {@code next}, at {@code at}; the same order when it already is.
     *
     * @throws OrderStateException when an unpaid order would be refunded (nothing was paid), or a cancelled
     *     order would be marked anything but refunded
     */
    public Order withPayment(PaymentStatus next, Instant at) {
        if (next == payment) {
            return this;
        }
        if (next == PaymentStatus.REFUNDED && payment == PaymentStatus.UNPAID) {
            throw new OrderStateException("order " + id + " is unpaid, only a paid order can be refunded");
        }
        if (status == OrderStatus.CANCELLED && next != PaymentStatus.REFUNDED) {
            throw new OrderStateException("order " + id + " is cancelled: it can only be refunded");
        }
        return new Order(id, dealId, groupId, name, memberId, items, status, seq, line, version, at, note, next);
    }

    public boolean isPaid() {
        return payment == PaymentStatus.PAID;
    }

    /**
     * Whether the order's goods are to be bought, packed and delivered, and its amount counts as a sale: not
     * cancelled and not refunded (an order already picked up counts).
     */
    public boolean counts() {
        return counts(status, payment);
    }

    /** Whether an order in this status and with this payment {@linkplain #counts() counts}. */
    public static boolean counts(OrderStatus status, PaymentStatus payment) {
        return status != OrderStatus.CANCELLED && payment != PaymentStatus.REFUNDED;
    }

    /** Whether the order is active with exactly these items (in any order). */
    public boolean isActiveWith(List<OrderItem> wanted) {
        return isActive() && items.size() == wanted.size() && items.containsAll(wanted);
    }

    /**
     * Items and status as a short text for the order history, e.g. {@code A×2 B×1 active}, with the payment
     * when it is not unpaid ({@code A×2 active paid}).
     */
    public String describe() {
        String what = items.stream()
                .map(item -> item.sku() + "×" + item.qty().toPlainString())
                .collect(Collectors.joining(" "));
        String state =
                payment == PaymentStatus.UNPAID ? status.wireName() : status.wireName() + " " + payment.wireName();
        return what.isEmpty() ? state : what + " " + state;
    }
}
