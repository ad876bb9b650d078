package dev.groupbuy.core.jielong;

import dev.groupbuy.core.deal.CatalogItem;
import java.time.Instant;
import java.util.List;

/**
 * What a leader's deal post (开团) says, as far as the {@link DealPostParser} understood it.
 *
 * @param title the deal's title (the first line without 接龙/开团 markers), never null
 * @param catalog the products with a price, skus {@code A}, {@code B} … in post order; the leader's own
 *     codes ({@code A.}, {@code 1号}) are kept among the aliases
 * @param closesAt the cut-off time, or {@code null} when the post names none (or none could be read)
 * @param closesAtText the cut-off as written ({@code 今晚8点}), empty when none
 * @param pickup the pickup information as written, empty when none
 * @param notUnderstood lines that were neither title, product, cut-off nor pickup
 */
public record DealPost(
        String title,
        List<CatalogItem> catalog,
        Instant closesAt,
        String closesAtText,
        String pickup,
        List<String> notUnderstood) {

    public DealPost {
        title = title == null ? "" : title;
        catalog = catalog == null ? List.of() : List.copyOf(catalog);
        closesAtText = closesAtText == null ? "" : closesAtText;
        pickup = pickup == null ? "" : pickup;
        notUnderstood = notUnderstood == null ? List.of() : List.copyOf(notUnderstood);
    }
}
