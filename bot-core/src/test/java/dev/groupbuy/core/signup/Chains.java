package dev.groupbuy.core.signup;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.jielong.ChainEntry;
import dev.groupbuy.core.jielong.ParsedChain;
import dev.groupbuy.core.jielong.ReviewReason;
import dev.groupbuy.core.order.OrderItem;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Hand-built chains and entries for merge tests: what a parser would return. */
final class Chains {

    static final Instant AT = Instant.parse("2026-06-01T02:00:00Z");

    private Chains() {}

    static Deal strawberries() {
        return new Deal(
                7L,
                "丹东草莓",
                DealStatus.OPEN,
                List.of(3L),
                List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", BigDecimal.TEN)),
                null,
                "",
                AT);
    }

    static ParsedChain chain(ChainEntry... entries) {
        return new ParsedChain(true, "丹东草莓", List.of(entries));
    }

    /** A clear line: {@code name qty盒}, text as the parser would give it. */
    static ChainEntry line(int seq, String name, int qty) {
        return line(seq, name, qty, name + " " + qty + "盒");
    }

    static ChainEntry line(int seq, String name, int qty, String text) {
        return new ChainEntry(
                seq,
                name,
                List.of(OrderItem.of("A", String.valueOf(qty))),
                false,
                false,
                null,
                "",
                text,
                seq + ". " + text);
    }

    static ChainEntry cancel(int seq, String name, String text) {
        return new ChainEntry(seq, name, List.of(), true, false, null, "", text, seq + ". " + text);
    }

    static ChainEntry review(int seq, String name, String text) {
        return new ChainEntry(
                seq, name, List.of(), false, true, ReviewReason.UNCLEAR_QUANTITY, "", text, seq + ". " + text);
    }

    /** A list 1..n of {@code 居民i i盒}, as everyone copying the latest version would post it. */
    static List<ChainEntry> residents(int count) {
        List<ChainEntry> entries = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            entries.add(line(i, "居民" + i, 1 + i % 3));
        }
        return entries;
    }
}
