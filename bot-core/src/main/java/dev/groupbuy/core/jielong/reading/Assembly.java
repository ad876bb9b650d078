package dev.groupbuy.core.jielong.reading;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.jielong.ReviewReason;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The quantities read from part of a line: per product, plus numbers that named no product, plus the
 * first problem met (which turns the line into a review).
 */
public final class Assembly {

    final Map<String, BigDecimal> items = new LinkedHashMap<>(4);
    final List<BigDecimal> bareNumbers = new ArrayList<>();
    ReviewReason problem;

    /** Whether a number that named no product was written with its unit ({@code 一百斤}), not bare ({@code 100}). */
    boolean bareWithUnit;

    void add(CatalogItem product, BigDecimal qty) {
        items.merge(product.sku(), qty, BigDecimal::add);
    }

    void problem(ReviewReason reason) {
        if (problem == null) {
            problem = reason;
        }
    }

    boolean isEmpty() {
        return items.isEmpty() && bareNumbers.isEmpty();
    }
}
