package dev.groupbuy.core.report;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.signup.SeenLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The deal's list as the bot holds it: every order not cancelled, numbered 1, 2, … in the order they were
 * placed (these numbers are the 序号 of {@code #名单}, {@code #核销 3} and the export), and the lines still
 * under review (待确认), attached to their participant's order or waiting on their own.
 *
 * @param waiting review lines of participants without an order
 */
public record Roster(Deal deal, List<Entry> entries, List<SeenLine> waiting) {

    /**
     * @param pending the participant's latest line, unread, when it waits for them; else {@code null}
     */
    public record Entry(int number, Order order, SeenLine pending) {}

    /** @param lines the sign-up ledger of the groups the orders belong to */
    public static Roster of(Deal deal, List<Order> orders, List<SeenLine> lines) {
        List<Order> listed = orders.stream()
                .filter(o -> o.status() != OrderStatus.CANCELLED)
                .sorted(Comparator.comparing(Order::groupId).thenComparing(Order::id))
                .toList();
        List<Entry> entries = new ArrayList<>();
        List<SeenLine> waiting = new ArrayList<>();
        for (long groupId : deal.groupIds()) {
            Map<String, SeenLine> pending = ReviewLines.pending(
                    lines.stream().filter(l -> l.groupId() == groupId).toList(),
                    orders.stream().filter(o -> o.groupId() == groupId).toList());
            for (Order order : listed) {
                if (order.groupId() == groupId) {
                    entries.add(new Entry(entries.size() + 1, order, pending.remove(order.name())));
                }
            }
            waiting.addAll(pending.values());
        }
        return new Roster(deal, entries, waiting);
    }

    public List<Entry> toPickUp() {
        return entries.stream().filter(e -> e.order().isActive()).toList();
    }

    public int underReview() {
        return waiting.size()
                + (int) entries.stream().filter(e -> e.pending() != null).count();
    }

    /** The entries a leader means by {@code 3} or by a name: the number, else the exact name, else a unique part of one. */
    public List<Entry> find(String numberOrName) {
        String wanted = numberOrName.strip();
        if (wanted.chars().allMatch(Character::isDigit) && !wanted.isEmpty() && wanted.length() < 6) {
            int number = Integer.parseInt(wanted);
            return entries.stream().filter(e -> e.number() == number).toList();
        }
        List<Entry> exact =
                entries.stream().filter(e -> e.order().name().equals(wanted)).toList();
        if (!exact.isEmpty() || wanted.isEmpty()) {
            return exact;
        }
        return entries.stream().filter(e -> e.order().name().contains(wanted)).toList();
    }
}
