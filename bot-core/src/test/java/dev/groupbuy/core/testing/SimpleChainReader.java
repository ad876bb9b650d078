package dev.groupbuy.core.testing;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.ParsedChain;
import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.signup.ChainReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately tiny chain reader for pipeline unit tests, so they do not depend on the real parser.
 * A message is a chain when its first line contains 接龙; entry lines are {@code N. name what}, where
 * {@code what} is a number (of the first product), sku+number pairs ({@code A2 B1}), {@code 取消…}
 * (cancel), or anything else (review).
 */
public final class SimpleChainReader implements ChainReader {

    private static final Pattern ENTRY = Pattern.compile("^\\s*(\\d+)[.、]\\s*(\\S+)\\s*(.*)$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d+(?:\\.\\d+)?)$");
    private static final Pattern SKU_QTY = Pattern.compile("([A-Z])(\\d+(?:\\.\\d+)?)");

    @Override
    public ParsedChain read(String text, List<CatalogItem> catalog) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).contains("接龙")) {
            return ParsedChain.notAChain();
        }
        List<ChainEntry> entries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher m = ENTRY.matcher(line);
            if (m.matches()) {
                entries.add(entry(
                        Integer.parseInt(m.group(1)), m.group(2), m.group(3).strip(), line, catalog));
            }
        }
        return new ParsedChain(true, lines.get(0).replace("#接龙", "").strip(), entries);
    }

    private static ChainEntry entry(int seq, String name, String what, String line, List<CatalogItem> catalog) {
        String text = (name + " " + what).strip();
        if (what.startsWith("取消")) {
            return new ChainEntry(seq, name, List.of(), true, false, null, "", text, line);
        }
        List<OrderItem> items = items(what, catalog);
        boolean review = items.isEmpty();
        return new ChainEntry(
                seq, name, items, false, review, review ? ReviewReason.UNCLEAR_QUANTITY : null, "", text, line);
    }

    private static List<OrderItem> items(String what, List<CatalogItem> catalog) {
        Matcher number = NUMBER.matcher(what);
        if (number.matches() && !catalog.isEmpty()) {
            return List.of(new OrderItem(catalog.get(0).sku(), new BigDecimal(number.group(1))));
        }
        List<OrderItem> items = new ArrayList<>();
        Matcher pairs = SKU_QTY.matcher(what);
        while (pairs.find()) {
            String sku = pairs.group(1);
            if (catalog.stream().anyMatch(c -> c.sku().equals(sku))) {
                items.add(new OrderItem(sku, new BigDecimal(pairs.group(2))));
            }
        }
        return items;
    }
}
