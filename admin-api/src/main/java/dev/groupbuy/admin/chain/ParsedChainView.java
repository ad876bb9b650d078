package dev.groupbuy.admin.chain;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.groupbuy.admin.order.OrderItemView;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.ParsedChain;
import java.util.List;
import java.util.Locale;

/** What the parser read, field for field as {@link ParsedChain} and {@link ChainEntry} hold it. */
record ParsedChainView(@JsonProperty("isChain") boolean isChain, String title, List<EntryView> entries) {

    static ParsedChainView of(ParsedChain chain) {
        return new ParsedChainView(
                chain.isChain(),
                chain.title(),
                chain.entries().stream().map(EntryView::of).toList());
    }

    record EntryView(
            int seq,
            String name,
            List<OrderItemView> items,
            boolean cancelled,
            boolean review,
            String reason,
            String note,
            String text,
            String line) {

        static EntryView of(ChainEntry entry) {
            return new EntryView(
                    entry.seq(),
                    entry.name(),
                    entry.items().stream().map(OrderItemView::of).toList(),
                    entry.cancelled(),
                    entry.review(),
                    entry.reason() == null ? null : entry.reason().name().toLowerCase(Locale.ROOT),
                    entry.note(),
                    entry.text(),
                    entry.line());
        }
    }
}
