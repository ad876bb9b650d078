package dev.groupbuy.admin.goods;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * What the purchase list, the sorting sheets and the settlement must say, added up independently from the
 * orders as {@code GET /api/v1/deals/{id}/orders} lists them: the orders that count are neither cancelled nor
 * refunded.
 */
final class OrderSums {

    private final ApiClient api;
    private final List<Counted> counted = new ArrayList<>();
    private final Map<Long, JsonNode> products = new HashMap<>();

    /** An order that counts, with its deal. */
    record Counted(JsonNode order, JsonNode deal) {

        long groupId() {
            return order.path("groupId").asLong();
        }

        BigDecimal amount() {
            return order.path("amount").decimalValue();
        }

        boolean paid() {
            return order.path("paymentStatus").asString().equals("paid");
        }
    }

    OrderSums(ApiClient api, List<Long> dealIds) {
        this.api = api;
        ok(api.get("/api/v1/products"))
                .path("products")
                .forEach(p -> products.put(p.path("id").asLong(), p));
        for (long dealId : dealIds) {
            JsonNode deal = ok(api.get("/api/v1/deals/" + dealId));
            for (JsonNode order :
                    ok(api.get("/api/v1/deals/" + dealId + "/orders")).path("orders")) {
                if (!order.path("status").asString().equals("cancelled")
                        && !order.path("paymentStatus").asString().equals("refunded")) {
                    counted.add(new Counted(order, deal));
                }
            }
        }
    }

    List<Counted> counted() {
        return counted;
    }

    /** "supplier product" → "qty unit N团 N单 cost sales" over the orders. */
    Map<String, String> purchase() {
        Map<String, BigDecimal> qty = new LinkedHashMap<>();
        Map<String, BigDecimal> sales = new HashMap<>();
        Map<String, Set<Long>> groups = new HashMap<>();
        Map<String, Set<Long>> orders = new HashMap<>();
        Map<String, String> units = new HashMap<>();
        Map<String, BigDecimal> costs = new HashMap<>();
        for (Counted c : counted) {
            for (JsonNode item : c.order().path("items")) {
                JsonNode catalogItem = catalogItem(c.deal(), item.path("sku").asString());
                JsonNode product = product(catalogItem);
                String supplier =
                        product == null || product.path("supplierName").isNull()
                                ? "未指定供应商"
                                : product.path("supplierName").asString();
                String key = supplier + " " + name(catalogItem);
                BigDecimal q = item.path("qty").decimalValue();
                qty.merge(key, q, BigDecimal::add);
                sales.merge(
                        key,
                        q.multiply(catalogItem.path("price").decimalValue()).setScale(2, RoundingMode.HALF_UP),
                        BigDecimal::add);
                groups.computeIfAbsent(key, k -> new HashSet<>()).add(c.groupId());
                orders.computeIfAbsent(key, k -> new HashSet<>())
                        .add(c.order().path("id").asLong());
                units.put(key, catalogItem.path("unit").asString());
                costs.put(
                        key,
                        product == null || product.path("cost").isNull()
                                ? null
                                : product.path("cost").decimalValue());
            }
        }
        Map<String, String> expected = new HashMap<>();
        qty.forEach((key, q) -> expected.put(
                key,
                q.stripTrailingZeros().toPlainString() + " " + units.get(key) + " "
                        + groups.get(key).size() + "团 "
                        + orders.get(key).size() + "单 "
                        + (costs.get(key) == null
                                ? "null"
                                : costs.get(key).multiply(q).setScale(2, RoundingMode.HALF_UP))
                        + " " + sales.get(key)));
        return expected;
    }

    /** The purchase list's JSON in the same form as {@link #purchase()}. */
    static Map<String, String> purchaseLines(JsonNode purchase) {
        Map<String, String> lines = new HashMap<>();
        for (JsonNode supplier : purchase.path("suppliers")) {
            for (JsonNode line : supplier.path("products")) {
                lines.put(
                        supplier.path("name").asString() + " "
                                + line.path("name").asString(),
                        line.path("qty").decimalValue().stripTrailingZeros().toPlainString() + " "
                                + line.path("unit").asString() + " "
                                + line.path("groups").asInt() + "团 "
                                + line.path("orders").asInt() + "单 "
                                + (line.path("costAmount").isNull()
                                        ? "null"
                                        : line.path("costAmount").decimalValue().setScale(2))
                                + " " + line.path("salesAmount").decimalValue().setScale(2));
            }
        }
        return lines;
    }

    /** Resident → product → quantity, over a group's orders. */
    Map<String, Map<String, BigDecimal>> bags(long groupId) {
        Map<String, Map<String, BigDecimal>> bags = new HashMap<>();
        for (Counted c : counted) {
            if (c.groupId() == groupId) {
                for (JsonNode item : c.order().path("items")) {
                    bags.computeIfAbsent(c.order().path("name").asString(), k -> new HashMap<>())
                            .merge(
                                    name(catalogItem(c.deal(), item.path("sku").asString())),
                                    item.path("qty").decimalValue().stripTrailingZeros(),
                                    BigDecimal::add);
                }
            }
        }
        return bags;
    }

    /** The sorting sheet's JSON for one group in the same form as {@link #bags}. */
    static Map<String, Map<String, BigDecimal>> bagContents(JsonNode group) {
        Map<String, Map<String, BigDecimal>> bags = new HashMap<>();
        for (JsonNode bag : group.path("residents")) {
            Map<String, BigDecimal> items = new HashMap<>();
            bag.path("items")
                    .forEach(i -> items.merge(
                            i.path("name").asString(),
                            i.path("qty").decimalValue().stripTrailingZeros(),
                            BigDecimal::add));
            bags.put(bag.path("name").asString(), items);
        }
        return bags;
    }

    Map<String, BigDecimal> packs(long groupId) {
        Map<String, BigDecimal> packs = new HashMap<>();
        bags(groupId).values().forEach(bag -> bag.forEach((k, v) -> packs.merge(k, v, BigDecimal::add)));
        packs.replaceAll((k, v) -> v.stripTrailingZeros());
        return packs;
    }

    static Map<String, BigDecimal> packed(JsonNode group) {
        Map<String, BigDecimal> packs = new HashMap<>();
        group.path("products")
                .forEach(p -> packs.merge(
                        p.path("name").asString(), p.path("qty").decimalValue().stripTrailingZeros(), BigDecimal::add));
        return packs;
    }

    BigDecimal sales(long groupId) {
        return counted.stream()
                .filter(c -> c.groupId() == groupId)
                .map(Counted::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal paid(long groupId) {
        return counted.stream()
                .filter(c -> c.groupId() == groupId && c.paid())
                .map(Counted::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    BigDecimal sales() {
        return counted.stream().map(Counted::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private JsonNode product(JsonNode catalogItem) {
        return catalogItem.path("productId").isNull()
                ? null
                : products.get(catalogItem.path("productId").asLong());
    }

    private String name(JsonNode catalogItem) {
        JsonNode product = product(catalogItem);
        return product == null
                ? catalogItem.path("name").asString()
                : product.path("name").asString();
    }

    private static JsonNode catalogItem(JsonNode deal, String sku) {
        for (JsonNode item : deal.path("catalog")) {
            if (item.path("sku").asString().equals(sku)) {
                return item;
            }
        }
        throw new AssertionError("no sku " + sku);
    }

    /** A JSON amount to the cent, or {@code null}. */
    static BigDecimal amountOrNull(JsonNode amount) {
        return amount.isNull() || amount.isMissingNode()
                ? null
                : amount.decimalValue().setScale(2, RoundingMode.HALF_UP);
    }

    static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json();
    }
}
