package dev.groupbuy.core.command;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads what a command orders: {@code 2}, {@code 2盒}, {@code 草莓2盒}, {@code A2 B1}, {@code 草莓两盒 车厘子1斤}.
 * A quantity without a product means the deal's only product (or the one the unit names).
 */
final class ItemsReader {

    private ItemsReader() {}

    /** What the text asks for, or why it cannot be read. */
    sealed interface Reading {}

    record Items(List<OrderItem> items) implements Reading {}

    /** No quantity was written. */
    record NoQuantity() implements Reading {}

    /** A product word that is not (clearly) one of the deal's. */
    record UnknownProduct(String word) implements Reading {}

    static Reading read(Deal deal, String text) {
        List<OrderItem> items = new ArrayList<>();
        for (String part : text.strip().split("[\\s,，、;；]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int end = part.length();
            while (end > 0 && !Quantities.isQuantityChar(part.charAt(end - 1))) {
                end--;
            }
            int start = end;
            while (start > 0 && Quantities.isQuantityChar(part.charAt(start - 1))) {
                start--;
            }
            Optional<BigDecimal> qty = Quantities.parse(part.substring(start, end));
            if (qty.isEmpty() || qty.get().signum() <= 0) {
                return new NoQuantity();
            }
            String product = part.substring(0, start).replace("各", "").strip();
            String unit = part.substring(end).strip();
            Optional<CatalogItem> item = product(deal, product, unit);
            if (item.isEmpty()) {
                return new UnknownProduct(product.isEmpty() ? unit : product);
            }
            items.add(new OrderItem(item.get().sku(), qty.get()));
        }
        return items.isEmpty() ? new NoQuantity() : new Items(items);
    }

    private static final List<String> UNITS = List.of(
            "盒", "斤", "个", "袋", "份", "箱", "瓶", "包", "件", "只", "条", "公斤", "kg", "罐", "提", "串", "颗", "桶", "套", "把", "根",
            "块", "支", "杯", "听", "组", "枚", "双", "对", "卷", "板", "兜", "筐", "篮");

    private static Optional<CatalogItem> product(Deal deal, String word, String unit) {
        List<CatalogItem> catalog = deal.catalog();
        boolean knownUnit = unit.isEmpty()
                || UNITS.contains(unit)
                || catalog.stream().anyMatch(c -> c.unit().equals(unit));
        if (!knownUnit) {
            return Optional.empty();
        }
        if (word.isEmpty()) {
            if (catalog.size() == 1) {
                return Optional.of(catalog.get(0));
            }
            List<CatalogItem> byUnit = catalog.stream()
                    .filter(c -> !unit.isEmpty() && c.unit().equals(unit))
                    .toList();
            return byUnit.size() == 1 ? Optional.of(byUnit.get(0)) : Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        List<CatalogItem> named =
                catalog.stream().filter(c -> names(c, word, lower)).toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    private static boolean names(CatalogItem item, String word, String lower) {
        return item.sku().toLowerCase(Locale.ROOT).equals(lower)
                || item.name().contains(word)
                || (word.length() >= 2 && word.contains(item.name()))
                || item.aliases().stream()
                        .anyMatch(a -> a.equalsIgnoreCase(word) || (a.length() >= 2 && word.contains(a)));
    }
}
