package dev.groupbuy.core.report.dashboard;

import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderStatus;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.goods.Article;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The store's counts added up per day, group and product, keeping only sales: orders that count of deals not
 * cancelled. An item's amount is the deal's price × its quantity to the cent, once per order holding it — the
 * same as adding up the orders' own amounts.
 */
final class SalesTally {

    private final Map<Long, Product> products;
    private final Map<LocalDate, Adding> days = new TreeMap<>();
    private final Map<Long, Adding> groups = new HashMap<>();
    private final Map<String, ProductAdding> articles = new HashMap<>();
    private final Adding total = new Adding();

    SalesTally(Map<Long, Product> products) {
        this.products = products;
    }

    static boolean isSale(DealStatus deal, OrderStatus status, PaymentStatus payment) {
        return deal != DealStatus.CANCELLED && Order.counts(status, payment);
    }

    void addOrders(List<SalesFigures.OrderCount> counts) {
        for (SalesFigures.OrderCount count : counts) {
            if (isSale(count.dealStatus(), count.status(), count.payment())) {
                day(count.day()).orders += count.orders();
                group(count.groupId()).orders += count.orders();
                total.orders += count.orders();
            }
        }
    }

    void addItems(List<SalesFigures.ItemCount> counts) {
        for (SalesFigures.ItemCount count : counts) {
            if (!isSale(count.dealStatus(), count.status(), count.payment())) {
                continue;
            }
            BigDecimal quantity = count.qty().multiply(BigDecimal.valueOf(count.orders()));
            BigDecimal amount = Amounts.of(count.price(), count.qty()).multiply(BigDecimal.valueOf(count.orders()));
            day(count.day()).addItems(count.orders(), quantity, amount);
            group(count.groupId()).addItems(count.orders(), quantity, amount);
            total.addItems(count.orders(), quantity, amount);
            Article article = Article.of(count.name(), count.unit(), count.productId(), products);
            articles.computeIfAbsent(article.key(), key -> new ProductAdding(article))
                    .add(count.orders(), quantity, amount);
        }
    }

    /** The figures of a day, zeros when it had no sales. */
    DashboardFigures.Figures on(LocalDate date) {
        Adding adding = days.get(date);
        return adding == null ? Adding.NONE : adding.figures();
    }

    DashboardFigures.Figures total() {
        return total.figures();
    }

    /** The groups with sales, the highest amount first (then the most orders, then the oldest group). */
    List<DashboardFigures.GroupLine> groups(Map<Long, String> names) {
        return groups.entrySet().stream()
                .map(e -> new DashboardFigures.GroupLine(
                        e.getKey(),
                        names.getOrDefault(e.getKey(), ""),
                        e.getValue().figures()))
                .sorted(Comparator.comparing(
                                (DashboardFigures.GroupLine g) -> g.figures().amount())
                        .reversed()
                        .thenComparing(g -> -g.figures().orders())
                        .thenComparing(DashboardFigures.GroupLine::groupId))
                .toList();
    }

    /** The {@code top} products by amount, the highest first (then the most orders, then by name). */
    List<DashboardFigures.ProductLine> products(int top) {
        return articles.values().stream()
                .map(ProductAdding::line)
                .sorted(Comparator.comparing(DashboardFigures.ProductLine::amount)
                        .reversed()
                        .thenComparing(p -> -p.orders())
                        .thenComparing(DashboardFigures.ProductLine::name)
                        .thenComparing(DashboardFigures.ProductLine::unit))
                .limit(top)
                .toList();
    }

    int productCount() {
        return articles.size();
    }

    private Adding day(LocalDate date) {
        return days.computeIfAbsent(date, d -> new Adding());
    }

    private Adding group(long groupId) {
        return groups.computeIfAbsent(groupId, id -> new Adding());
    }

    /** Figures as they are added up. */
    private static final class Adding {
        static final DashboardFigures.Figures NONE =
                new DashboardFigures.Figures(0, 0, BigDecimal.ZERO, Amounts.zero());

        private int orders;
        private int items;
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal amount = Amounts.zero();

        void addItems(int more, BigDecimal qty, BigDecimal money) {
            items += more;
            quantity = quantity.add(qty);
            amount = amount.add(money);
        }

        DashboardFigures.Figures figures() {
            return new DashboardFigures.Figures(orders, items, plain(quantity), amount);
        }
    }

    /** One product's orders, quantity and amount as they are added up. */
    private static final class ProductAdding {
        private final Article article;
        private int orders;
        private BigDecimal quantity = BigDecimal.ZERO;
        private BigDecimal amount = Amounts.zero();

        ProductAdding(Article article) {
            this.article = article;
        }

        void add(int more, BigDecimal qty, BigDecimal money) {
            orders += more;
            quantity = quantity.add(qty);
            amount = amount.add(money);
        }

        DashboardFigures.ProductLine line() {
            return new DashboardFigures.ProductLine(
                    article.productId(), article.name(), article.unit(), orders, plain(quantity), amount);
        }
    }

    /** A quantity as people write it: {@code 2}, {@code 1.5}. */
    static BigDecimal plain(BigDecimal qty) {
        BigDecimal stripped = qty.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
