package dev.groupbuy.core.jielong.reading;

import static dev.groupbuy.core.jielong.reading.EditClauses.firstWord;
import static dev.groupbuy.core.jielong.reading.EditClauses.isStrikeWord;
import static dev.groupbuy.core.jielong.reading.EditClauses.lastWord;
import static dev.groupbuy.core.jielong.reading.EditClauses.strikes;

import dev.groupbuy.core.jielong.tokens.Token;
import dev.groupbuy.core.jielong.tokens.TokenKind;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An order with an edit applied ({@link InLineEdits}): a product struck, swapped, reduced, or two orders joined. */
final class EditedOrders {

    private EditedOrders() {}

    /** Whether the clause is a product and a word that strikes it, either way round ({@code 锡纸删}, {@code 不要E}). */
    static boolean strikesOneProduct(List<Token> clause) {
        int first = firstWord(clause);
        int last = lastWord(clause);
        if (last < 0 || last - first > 2 || last == first) {
            return false;
        }
        return (clause.get(first).is(TokenKind.PRODUCT) && strikes(clause.get(last)))
                || (clause.get(last).is(TokenKind.PRODUCT) && isStrikeWord(clause.get(first)));
    }

    /**
     * {@code 每样1 锡纸删}, {@code 每样1份 不要E}, {@code (湿巾不要了)}: one product of the order before is struck —
     * the order without it (empty when it was all), or {@code null} when the clause is no such edit.
     */
    static List<OrderItem> withoutNamed(List<OrderItem> before, List<Token> clause) {
        int first = firstWord(clause);
        int last = lastWord(clause);
        if (last < 0 || last - first > 2) {
            return null;
        }
        Token product;
        if (clause.get(first).is(TokenKind.PRODUCT) && last == first + 1 && strikes(clause.get(last))) {
            product = clause.get(first);
        } else if (clause.get(last).is(TokenKind.PRODUCT)
                && (last == first + 1
                        || (last == first + 2 && clause.get(first + 1).is(TokenKind.SPACE)))
                && isStrikeWord(clause.get(first))) {
            product = clause.get(last);
        } else {
            return null;
        }
        if (product.products().size() != 1) {
            return null;
        }
        String sku = product.products().get(0).sku();
        List<OrderItem> out = new ArrayList<>(before.size());
        for (OrderItem item : before) {
            if (!item.sku().equals(sku)) {
                out.add(item);
            }
        }
        return out.size() == before.size() ? null : out;
    }

    /**
     * {@code 炒面少一份 就要1份}, {@code 排骨少要一斤,就要1斤}: after an edit of the one product the line names, the count
     * it ends at.
     */
    static LineOrder finalCount(List<Token> base, List<Token> rest) {
        int count = firstWord(rest);
        if (count >= rest.size() || !rest.get(count).is(TokenKind.NUMBER) || lastWord(rest) != count) {
            return null;
        }
        String sku = null;
        for (Token t : base) {
            if (t.is(TokenKind.PRODUCT)) {
                if (t.products().size() != 1
                        || (sku != null && !sku.equals(t.products().get(0).sku()))) {
                    return null;
                }
                sku = t.products().get(0).sku();
            }
        }
        BigDecimal value = rest.get(count).value();
        return sku == null || value == null ? null : LineOrder.of(List.of(new OrderItem(sku, value)));
    }

    /** The product named last in {@code base} that the order holds, or {@code null}. */
    static String lastProductOf(List<Token> base, List<OrderItem> items) {
        for (int k = base.size() - 1; k >= 0; k--) {
            Token t = base.get(k);
            if (t.is(TokenKind.PRODUCT) && t.products().size() == 1) {
                String sku = t.products().get(0).sku();
                return items.stream().anyMatch(i -> i.sku().equals(sku)) ? sku : null;
            }
        }
        return items.size() == 1 ? items.get(0).sku() : null;
    }

    /** Whether {@code after} keeps all of {@code before} as it was and only adds to it. */
    static boolean onlyAdds(List<OrderItem> before, List<OrderItem> after) {
        return after.size() > before.size() && after.containsAll(before);
    }

    /** {@code A1 B1(A换成B)}: the dropped product's count moves to the new one, the rest stays. */
    static LineOrder swapped(List<OrderItem> before, EarlierOrder swap) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        BigDecimal moved = null;
        for (OrderItem item : before) {
            if (swap.dropped().contains(item.sku()) || (swap.dropped().isEmpty() && before.size() == 1)) {
                moved = item.qty();
            } else {
                out.put(item.sku(), item.qty());
            }
        }
        if (moved == null) {
            return null;
        }
        out.merge(swap.swappedTo(), moved, BigDecimal::add);
        return LineOrder.of(OrderReader.toItems(out));
    }

    /** Two orders of different products as one; {@code null} when they name the same product (which one counts?). */
    static LineOrder together(List<OrderItem> first, List<OrderItem> second) {
        Map<String, BigDecimal> all = OrderReader.countsOf(first);
        for (OrderItem i : second) {
            if (all.putIfAbsent(i.sku(), i.qty()) != null) {
                return null;
            }
        }
        return LineOrder.of(OrderReader.toItems(all));
    }

    /** {@code sku}'s count less {@code less}, the rest as it was; {@code null} when nothing would be left of it. */
    static LineOrder reducedOne(List<OrderItem> before, String sku, BigDecimal less) {
        List<OrderItem> out = new ArrayList<>(before.size());
        boolean found = false;
        for (OrderItem item : before) {
            if (item.sku().equals(sku)) {
                BigDecimal left = item.qty().subtract(less);
                if (left.signum() <= 0) {
                    return null;
                }
                out.add(new OrderItem(sku, left));
                found = true;
            } else {
                out.add(item);
            }
        }
        return found ? LineOrder.of(out) : null;
    }

    static List<OrderItem> itemsOf(LineOrder order) {
        return order == null ? null : order.items();
    }
}
