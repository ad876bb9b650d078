package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A line that only makes sense against the same neighbour's earlier line in the chain: {@code D不要了
 * 其他不变} (the earlier order without D) or {@code 改成3袋} in a deal of several products (the earlier order's
 * one product, now 3). Read alone it is a question; the chain answers it when that neighbour signed up
 * above with a clear order.
 *
 * @param dropped the products the line drops, the rest staying as they were
 * @param newQuantity the new quantity of the earlier order's only product, or {@code null}
 * @param fewer how many fewer of the earlier order's only product, or {@code null}
 */
public record EarlierOrder(
        Set<String> dropped,
        BigDecimal newQuantity,
        String swappedTo,
        String sameAs,
        Set<String> kept,
        List<OrderItem> updated,
        boolean keepsTheRest,
        BigDecimal fewer) {

    EarlierOrder(Set<String> dropped, BigDecimal newQuantity, String swappedTo, String sameAs, Set<String> kept) {
        this(dropped, newQuantity, swappedTo, sameAs, kept, null, false, null);
    }

    /**
     * {@code 我妈那只不要了}, {@code 同事那盒取消了}: one share of the earlier order dropped — one fewer of its only
     * product, when more than one was ordered.
     */
    static EarlierOrder fewer(BigDecimal count) {
        return new EarlierOrder(Set.of(), null, null, null, Set.of(), null, false, count);
    }

    /**
     * {@code 带鱼改成2kg,虾不变}, {@code 牛肉加到3盒 其他不变}: the earlier order with the products the line names at
     * their new counts and the rest as they were.
     */
    static EarlierOrder updatedWith(List<OrderItem> items) {
        return new EarlierOrder(Set.of(), null, null, null, Set.of(), List.copyOf(items), false, null);
    }

    static EarlierOrder without(Set<String> skus) {
        return new EarlierOrder(Set.copyOf(skus), null, null, null, Set.of());
    }

    static EarlierOrder changedTo(BigDecimal quantity) {
        return new EarlierOrder(Set.of(), quantity, null, null, Set.of());
    }

    /** {@code 虾换成花蛤}, {@code B改A}: the new product in the quantity the old one had. */
    static EarlierOrder swapped(String from, String to) {
        return new EarlierOrder(Set.of(from), null, to, null, Set.of(), null, true, null);
    }

    /** {@code C改成B，A不变}: the new product in the quantity the old one had, the rest of the order as it was. */
    static EarlierOrder swappedKeepingTheRest(String from, String to) {
        return new EarlierOrder(Set.of(from), null, to, null, Set.of(), null, true, null);
    }

    /** {@code 改成蒜蓉的}: the earlier order's only product changed for {@code to}, in the quantity it had. */
    static EarlierOrder swappedFromTheOnlyOne(String to) {
        return new EarlierOrder(Set.of(), null, to, null, Set.of());
    }

    /**
     * {@code 跟3楼一样}, {@code 和阿伟一样}: the order of another line, named by its number or its name; looked up
     * by {@code ChainParser} among the lines above, not among the neighbour's own.
     */
    static EarlierOrder sameAs(String lineNumberOrName) {
        return new EarlierOrder(Set.of(), null, null, lineNumberOrName, Set.of());
    }

    /** {@code 双拼不要了 汤还要}: the products the line keeps, no number given, at their earlier quantities. */
    static EarlierOrder keeping(Set<String> skus) {
        return new EarlierOrder(Set.of(), null, null, null, Set.copyOf(skus));
    }

    /** The order this line comes to, given the neighbour's earlier items; empty when it cannot be told. */
    public List<OrderItem> applyTo(List<OrderItem> earlier) {
        if (fewer != null) {
            return earlier.size() == 1 && earlier.get(0).qty().compareTo(fewer) > 0
                    ? List.of(new OrderItem(
                            earlier.get(0).sku(), earlier.get(0).qty().subtract(fewer)))
                    : List.of();
        }
        if (updated != null) {
            java.util.Map<String, OrderItem> out = new java.util.LinkedHashMap<>();
            earlier.forEach(item -> out.put(item.sku(), item));
            updated.forEach(item -> out.put(item.sku(), item));
            return out.size() > updated.size() ? List.copyOf(out.values()) : List.of();
        }
        if (!kept.isEmpty()) {
            List<OrderItem> out = new ArrayList<>(kept.size());
            for (OrderItem item : earlier) {
                if (kept.contains(item.sku())) {
                    out.add(item);
                }
            }
            return out.size() == kept.size() ? out : List.of();
        }
        if (sameAs != null) {
            return List.copyOf(earlier);
        }
        if (swappedTo != null && dropped.isEmpty()) {
            return earlier.size() == 1
                    ? List.of(new OrderItem(swappedTo, earlier.get(0).qty()))
                    : List.of();
        }
        if (swappedTo != null) {
            List<OrderItem> out = new ArrayList<>(earlier.size());
            OrderItem moved = null;
            for (OrderItem item : earlier) {
                if (dropped.contains(item.sku())) {
                    moved = new OrderItem(swappedTo, item.qty());
                } else if (keepsTheRest) {
                    out.add(item);
                }
            }
            if (moved == null || out.stream().anyMatch(i -> i.sku().equals(swappedTo))) {
                return List.of();
            }
            out.add(moved);
            return out;
        }
        if (newQuantity != null) {
            return earlier.size() == 1 ? List.of(new OrderItem(earlier.get(0).sku(), newQuantity)) : List.of();
        }
        List<OrderItem> rest = new ArrayList<>(earlier.size());
        for (OrderItem item : earlier) {
            if (!dropped.contains(item.sku())) {
                rest.add(item);
            }
        }
        return rest.size() < earlier.size() ? rest : List.of();
    }
}
