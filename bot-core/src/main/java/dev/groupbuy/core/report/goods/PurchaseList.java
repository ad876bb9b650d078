package dev.groupbuy.core.report.goods;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.product.Product;
import dev.groupbuy.core.product.Supplier;
import dev.groupbuy.core.report.Amounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * 以销定采: the purchase list for a delivery day or for named deals ({@code GET /api/v1/purchase-list}), per
 * supplier and product, over the orders that count (cancelled and refunded ones left out). Products are in
 * the order the deals list them. Reads only; back office only.
 */
public final class PurchaseList {

    static final String UNKNOWN_SUPPLIER = "未指定供应商";

    private final ActionPorts ports;
    private final Deliveries deliveries;

    public PurchaseList(ActionPorts ports) {
        this.ports = ports;
        this.deliveries = new Deliveries(ports);
    }

    /** Either a delivery date or deal ids. */
    public record Command(LocalDate deliveryDate, List<Long> dealIds, Actor actor) {}

    public ActionResult<Purchase> make(Command command) {
        return deliveries
                .of(command.actor(), command.deliveryDate(), command.dealIds())
                .map(this::purchase);
    }

    private Purchase purchase(Deliveries.Batch batch) {
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Set<Long> groups = new HashSet<>();
        int orders = 0;
        for (Deal deal : batch.deals()) {
            for (CatalogItem item : deal.catalog()) {
                Article article = Article.of(item, batch.products());
                tallies.computeIfAbsent(article.key(), key -> new Tally(article));
            }
            for (Order order : batch.ordersOf(deal)) {
                orders++;
                groups.add(order.groupId());
                for (OrderItem item : order.items()) {
                    deal.item(item.sku())
                            .ifPresent(catalogItem -> tallies.get(Article.of(catalogItem, batch.products())
                                            .key())
                                    .add(order, item.qty(), Amounts.of(item, deal)));
                }
            }
        }
        List<Purchase.SupplierOrder> suppliers = bySupplier(tallies, batch.products());
        return new Purchase(
                batch.deliveryDate(),
                batch.deals().stream().map(Deal::id).toList(),
                suppliers,
                groups.size(),
                orders,
                sum(suppliers.stream().map(Purchase.SupplierOrder::costAmount).toList()),
                sum(suppliers.stream().map(Purchase.SupplierOrder::salesAmount).toList()));
    }

    private List<Purchase.SupplierOrder> bySupplier(Map<String, Tally> tallies, Map<Long, Product> products) {
        Map<Long, List<Purchase.Line>> lines = new LinkedHashMap<>();
        List<Purchase.Line> unknown = new ArrayList<>();
        for (Tally tally : tallies.values()) {
            if (tally.qty.signum() == 0) {
                continue;
            }
            Purchase.Line line = tally.line(products);
            Long supplierId = tally.article.supplierId();
            if (supplierId == null) {
                unknown.add(line);
            } else {
                lines.computeIfAbsent(supplierId, id -> new ArrayList<>()).add(line);
            }
        }
        List<Purchase.SupplierOrder> orders = new ArrayList<>();
        lines.keySet().stream().sorted(Comparator.naturalOrder()).forEach(id -> {
            Optional<Supplier> supplier = ports.office().suppliers().findById(id);
            orders.add(order(
                    id,
                    supplier.map(Supplier::name).orElse(UNKNOWN_SUPPLIER),
                    supplier.map(Supplier::contact).orElse(""),
                    lines.get(id)));
        });
        if (!unknown.isEmpty()) {
            orders.add(order(null, UNKNOWN_SUPPLIER, "", unknown));
        }
        return orders;
    }

    /** A supplier's order; its cost is {@code null} when no product of it has a known cost. */
    private static Purchase.SupplierOrder order(Long id, String name, String contact, List<Purchase.Line> lines) {
        boolean costKnown = lines.stream().anyMatch(line -> line.costAmount() != null);
        return new Purchase.SupplierOrder(
                id,
                name,
                contact,
                lines,
                costKnown ? sum(lines.stream().map(Purchase.Line::costAmount).toList()) : null,
                sum(lines.stream().map(Purchase.Line::salesAmount).toList()));
    }

    /** The sum of the amounts that are known, to the cent. */
    static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().filter(a -> a != null).reduce(Amounts.zero(), BigDecimal::add);
    }

    /** One article's orders, as they are added up. */
    private static final class Tally {
        private final Article article;
        private final Set<Long> groups = new HashSet<>();
        private final Set<Long> orders = new HashSet<>();
        private BigDecimal qty = BigDecimal.ZERO;
        private BigDecimal sales = Amounts.zero();

        Tally(Article article) {
            this.article = article;
        }

        void add(Order order, BigDecimal more, BigDecimal amount) {
            groups.add(order.groupId());
            orders.add(order.id());
            qty = qty.add(more);
            sales = sales.add(amount);
        }

        Purchase.Line line(Map<Long, Product> products) {
            Product product = article.productId() == null ? null : products.get(article.productId());
            BigDecimal unitCost = product == null ? null : product.cost();
            BigDecimal cost = unitCost == null ? null : unitCost.multiply(qty).setScale(2, RoundingMode.HALF_UP);
            return new Purchase.Line(
                    article.productId(),
                    article.name(),
                    article.spec(),
                    article.unit(),
                    GroupPacking.plain(qty),
                    groups.size(),
                    orders.size(),
                    unitCost,
                    cost,
                    sales);
        }
    }
}
