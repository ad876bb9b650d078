package dev.groupbuy.core.report.goods;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.PaymentStatus;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.Rooms;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One group's goods as they are added up: the products to pack, and each resident's bag. */
final class GroupPacking {

    private final long groupId;
    private final Map<String, Article> articles = new LinkedHashMap<>();
    private final Map<String, BigDecimal> packs = new LinkedHashMap<>();
    private final Map<String, BagPacking> bags = new LinkedHashMap<>();
    private final Set<String> pickups = new LinkedHashSet<>();
    private final Set<String> deals = new LinkedHashSet<>();

    GroupPacking(long groupId) {
        this.groupId = groupId;
    }

    long groupId() {
        return groupId;
    }

    boolean hasOrders() {
        return !bags.isEmpty();
    }

    /** The deal's products, in catalog order, so the sheet lists them as the deal does. */
    void seed(Deal deal, Map<Long, Product> products) {
        for (CatalogItem item : deal.catalog()) {
            Article article = Article.of(item, products);
            articles.putIfAbsent(article.key(), article);
            packs.putIfAbsent(article.key(), BigDecimal.ZERO);
        }
        if (deal.pickup() != null && !deal.pickup().isBlank()) {
            pickups.add(deal.pickup().strip());
        }
    }

    void add(Deal deal, Order order, Integer number, Map<Long, Product> products) {
        seed(deal, products);
        deals.add(deal.title());
        BagPacking bag = bags.computeIfAbsent(order.name(), name -> new BagPacking(name));
        bag.note(order.note());
        if (number != null) {
            bag.numbers.add(number);
        }
        for (OrderItem item : order.items()) {
            CatalogItem catalogItem = deal.item(item.sku()).orElse(null);
            if (catalogItem == null) {
                continue;
            }
            Article article = Article.of(catalogItem, products);
            packs.merge(article.key(), item.qty(), BigDecimal::add);
            bag.items.merge(article.key(), item.qty(), BigDecimal::add);
            BigDecimal amount = Amounts.of(item, deal);
            bag.amount = bag.amount.add(amount);
            if (order.payment() == PaymentStatus.UNPAID) {
                bag.unpaid = bag.unpaid.add(amount);
            }
        }
    }

    Sorting.GroupSheet sheet(String groupName, String leader) {
        List<Sorting.Pack> products = new ArrayList<>();
        packs.forEach((key, qty) -> {
            if (qty.signum() > 0) {
                Article a = articles.get(key);
                products.add(new Sorting.Pack(a.productId(), a.name(), a.spec(), a.unit(), plain(qty)));
            }
        });
        List<Sorting.Bag> sorted = bags.values().stream()
                .sorted(Comparator.comparing((BagPacking b) -> b.note.isEmpty())
                        .thenComparing(b -> b.note, Rooms.ORDER)
                        .thenComparing(b -> b.name))
                .map(this::bag)
                .toList();
        return new Sorting.GroupSheet(
                groupId,
                groupName,
                leader,
                List.copyOf(deals),
                SortingSheets.pickups(pickups),
                products,
                sorted,
                sorted.stream().map(Sorting.Bag::amount).reduce(Amounts.zero(), BigDecimal::add),
                sorted.stream().map(Sorting.Bag::unpaid).reduce(Amounts.zero(), BigDecimal::add));
    }

    private Sorting.Bag bag(BagPacking bag) {
        List<Sorting.Item> items = new ArrayList<>();
        bag.items.forEach((key, qty) -> {
            Article a = articles.get(key);
            items.add(new Sorting.Item(a.name(), a.unit(), plain(qty)));
        });
        return new Sorting.Bag(bag.note, bag.name, items, bag.amount, bag.unpaid, List.copyOf(bag.numbers));
    }

    static BigDecimal plain(BigDecimal qty) {
        BigDecimal stripped = qty.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static final class BagPacking {
        private final String name;
        private final Map<String, BigDecimal> items = new LinkedHashMap<>();
        private final List<Integer> numbers = new ArrayList<>();
        private String note = "";
        private BigDecimal amount = Amounts.zero();
        private BigDecimal unpaid = Amounts.zero();

        BagPacking(String name) {
            this.name = name;
        }

        void note(String more) {
            if (note.isEmpty() && more != null) {
                note = more.strip();
            }
        }
    }
}
