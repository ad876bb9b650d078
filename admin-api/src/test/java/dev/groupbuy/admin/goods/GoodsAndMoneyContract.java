package dev.groupbuy.admin.goods;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Goods and money through the admin API against a real store, run once per store by the subclasses: three
 * groups in two deals sharing products; the purchase list, the sorting sheets and the settlement checked
 * against the orders the API lists, and their workbooks read back with Apache POI against the JSON.
 */
abstract class GoodsAndMoneyContract {

    static final String TOKEN = "goods-and-money-test-token";

    @LocalServerPort
    int port;

    ApiClient api;
    String tag;
    LocalDate day;

    @BeforeEach
    void client() {
        api = new ApiClient(port, TOKEN);
        tag = UUID.randomUUID().toString().substring(0, 6);
        day = LocalDate.of(2040, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
    }

    @Test
    void threeGroupsInTwoDealsSharingProductsAddUpToThePurchaseListTheSortingSheetsAndTheSettlement() {
        Week week = new Week();

        OrderSums sums = new OrderSums(api, List.of(week.fruit, week.weekend));
        JsonNode purchase = ok(api.get("/api/v1/purchase-list?deliveryDate=" + day));
        assertThat(OrderSums.purchaseLines(purchase)).isEqualTo(sums.purchase());
        assertThat(OrderSums.purchaseLines(purchase))
                .containsEntry("丹东果园" + tag + " 丹东草莓" + tag, "9 盒 3团 5单 162.00 222.00")
                .containsEntry("智利进口" + tag + " 车厘子" + tag, "1 斤 1团 1单 45.00 60.00")
                .containsEntry("未指定供应商 青提" + tag, "3 串 2团 2单 null 90.00")
                .containsEntry("未指定供应商 芒果" + tag, "3 个 2团 2单 null 60.00");
        assertThat(purchase.path("orders").asInt()).isEqualTo(7);
        assertThat(purchase.path("salesAmount").decimalValue()).isEqualByComparingTo("432.00");
        assertThat(purchase.path("costAmount").decimalValue()).isEqualByComparingTo("207.00");
        assertThat(ok(api.get("/api/v1/purchase-list?dealIds=" + week.fruit + "," + week.weekend))
                        .path("suppliers"))
                .isEqualTo(purchase.path("suppliers"));

        JsonNode sorting = ok(api.get("/api/v1/sorting?deliveryDate=" + day));
        for (JsonNode group : sorting.path("groups")) {
            long groupId = group.path("groupId").asLong();
            assertThat(OrderSums.bagContents(group)).as("group " + groupId).isEqualTo(sums.bags(groupId));
            assertThat(OrderSums.packed(group)).as("group " + groupId).isEqualTo(sums.packs(groupId));
        }
        assertThat(sorting.path("groups")).hasSize(3);
        JsonNode second = sorting.path("groups").get(1);
        assertThat(second.path("residents").get(0).path("note").asString()).isEqualTo("2栋101");
        assertThat(second.path("residents").get(0).path("amount").decimalValue())
                .isEqualByComparingTo("139.00");

        JsonNode settlement = ok(api.get("/api/v1/settlements?from=" + day + "&to=" + day.plusDays(6)));
        for (JsonNode leader : settlement.path("leaders")) {
            for (JsonNode group : leader.path("groups")) {
                long groupId = group.path("groupId").asLong();
                BigDecimal sales = sums.sales(groupId);
                JsonNode figures = group.path("figures");
                assertThat(figures.path("sales").decimalValue()).isEqualByComparingTo(sales);
                assertThat(figures.path("paid").decimalValue()).isEqualByComparingTo(sums.paid(groupId));
                assertThat(figures.path("commission").decimalValue())
                        .isEqualByComparingTo(sales.multiply(week.rate(groupId)).setScale(2, RoundingMode.HALF_UP));
            }
        }
        assertThat(settlement.path("totals").path("sales").decimalValue()).isEqualByComparingTo("432.00");
        assertThat(settlement.path("totals").path("commission").decimalValue()).isEqualByComparingTo("23.74");
        assertThat(settlement.path("totals").path("refunds").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(settlement
                        .path("leaders")
                        .get(0)
                        .path("groups")
                        .get(1)
                        .path("rateFrom")
                        .asString())
                .isEqualTo("leader");

        workbooksHoldTheSameTotals(week, purchase, sorting, settlement);
    }

    private void workbooksHoldTheSameTotals(Week week, JsonNode purchase, JsonNode sorting, JsonNode settlement) {
        Workbooks purchaseBook = Workbooks.read(api.sendBytes("/api/v1/purchase-list.xlsx?deliveryDate=" + day));
        Workbooks.SheetData summary = purchaseBook.sheet(0);
        assertThat(summary.decimal(summary.row("合计"), 8))
                .isEqualByComparingTo(purchase.path("costAmount").decimalValue());
        assertThat(summary.decimal(summary.row("合计"), 9))
                .isEqualByComparingTo(purchase.path("salesAmount").decimalValue());
        assertThat(purchaseBook.sheets()).hasSize(1 + purchase.path("suppliers").size());
        for (int s = 0; s < purchase.path("suppliers").size(); s++) {
            JsonNode supplier = purchase.path("suppliers").get(s);
            Workbooks.SheetData sheet = purchaseBook.sheet(s + 1);
            assertThat(Workbooks.amountOrNull(sheet.row("合计"), 5))
                    .isEqualTo(OrderSums.amountOrNull(supplier.path("costAmount")));
            assertThat(sheet.rows().get(0)).doesNotContain("销售金额");
        }

        Workbooks sortingBook = Workbooks.read(api.sendBytes("/api/v1/sorting.xlsx?deliveryDate=" + day));
        assertThat(sortingBook.sheets()).hasSize(sorting.path("groups").size());
        for (int g = 0; g < sorting.path("groups").size(); g++) {
            JsonNode group = sorting.path("groups").get(g);
            Workbooks.SheetData sheet = sortingBook.sheet(g);
            assertThat(sheet.decimal(sheet.row("合计"), 3))
                    .isEqualByComparingTo(group.path("amount").decimalValue());
            assertThat(sheet.decimal(sheet.row("合计"), 4))
                    .isEqualByComparingTo(group.path("unpaid").decimalValue());
            for (JsonNode pack : group.path("products")) {
                assertThat(sheet.decimal(sheet.row(pack.path("name").asString()), 3))
                        .isEqualByComparingTo(pack.path("qty").decimalValue());
            }
        }

        Workbooks settlementBook =
                Workbooks.read(api.sendBytes("/api/v1/settlements.xlsx?from=" + day + "&to=" + day.plusDays(6)));
        for (Workbooks.SheetData sheet : settlementBook.sheets()) {
            List<Object> total = sheet.row("合计");
            int sales = sheet.name().equals("团长结算") ? 5 : 6;
            assertThat(sheet.decimal(total, sales))
                    .isEqualByComparingTo(
                            settlement.path("totals").path("sales").decimalValue());
            assertThat(sheet.decimal(total, total.size() - 1))
                    .isEqualByComparingTo(
                            settlement.path("totals").path("commission").decimalValue());
        }

        JsonNode deal = ok(api.get("/api/v1/deals/" + week.fruit + "/summary"));
        Workbooks export = Workbooks.read(api.sendBytes("/api/v1/deals/" + week.fruit + "/export.xlsx"));
        Workbooks.SheetData payments = export.sheet(3);
        assertThat(payments.name()).isEqualTo("收款");
        assertThat(payments.decimal(payments.row("已付"), 2))
                .isEqualByComparingTo(deal.path("paidAmount").decimalValue());
        assertThat(payments.decimal(payments.row("未付"), 2))
                .isEqualByComparingTo(deal.path("unpaidAmount").decimalValue());
        assertThat(payments.decimal(payments.row("已退款"), 1))
                .isEqualByComparingTo(new BigDecimal(deal.path("refundedOrders").asInt()));
        assertThat(deal.path("paidOrders").asInt()).isEqualTo(1);
        assertThat(deal.path("refundedAmount").decimalValue()).isEqualByComparingTo("60.00");
        assertThat(deal.path("total").decimalValue()).isEqualByComparingTo("210.00");
    }

    @Test
    void operatorsKeepTheLibraryAndEveryChangeIsInItsHistory() {
        long supplier = created(api.post("/api/v1/suppliers", "{\"name\":\"丹东果园" + tag + "\",\"contact\":\"138\"}"));
        String body = "{\"name\":\"丹东草莓" + tag + "\",\"aliases\":[\"草莓" + tag
                + "\"],\"unit\":\"盒\",\"price\":25,\"cost\":18.5,\"supplierId\":" + supplier + ",\"spec\":\"3斤/盒\"}";
        ApiClient.Response added = api.post("/api/v1/products", body);
        long product = created(added);

        assertThat(added.json().path("price").decimalValue()).isEqualByComparingTo("25.00");
        assertThat(added.json().path("supplierName").asString()).isEqualTo("丹东果园" + tag);
        assertProblem(api.post("/api/v1/products", body), 422, "草莓" + tag);
        assertProblem(api.post("/api/v1/products", "{\"name\":\"车厘子" + tag + "\",\"unit\":\"斤\"}"), 400, "price");
        assertProblem(api.post("/api/v1/products", "{\"name\":\"x" + tag + "\",\"price\":1.234}"), 400, "price");
        assertProblem(
                api.post("/api/v1/products", "{\"name\":\"y" + tag + "\",\"price\":1,\"supplierId\":999999}"),
                422,
                "supplier");
        assertProblem(api.post("/api/v1/suppliers", "{\"name\":\"丹东果园" + tag + "\"}"), 422, "already");

        JsonNode patched = ok(api.send(api.request("/api/v1/products/" + product)
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString("{\"price\":23.5}"))));

        assertThat(patched.path("price").decimalValue()).isEqualByComparingTo("23.50");
        assertThat(patched.path("cost").decimalValue()).isEqualByComparingTo("18.50");
        JsonNode history =
                ok(api.get("/api/v1/products/" + product + "/history")).path("history");
        assertThat(history).hasSize(2);
        assertThat(history.get(1).path("action").asString()).isEqualTo("changed");
        assertThat(history.get(1).path("door").asString()).isEqualTo("api");
        assertThat(history.get(1).path("before").asString()).contains("25.00");
        assertThat(history.get(1).path("after").asString()).contains("23.50");
        assertThat(ok(api.get("/api/v1/products?supplierId=" + supplier)).path("products"))
                .hasSize(1);
        assertThat(api.get("/api/v1/products/999999").status()).isEqualTo(404);
    }

    @Test
    void paymentsThroughTheApiAreRecordedWithTheirDoorAndMeaninglessOnesRefused() {
        Week week = new Week();
        long order = week.orderId("李四");
        String path = "/api/v1/orders/" + order + "/payment";

        assertProblem(api.post(path, "{\"status\":\"refunded\"}"), 409, "only a paid order");
        assertProblem(api.post(path, "{\"status\":\"maybe\"}"), 422, "unpaid, paid, refunded");
        assertProblem(api.post(path, "{}"), 400, "status");
        assertThat(api.post("/api/v1/orders/999999999/payment", "{\"status\":\"paid\"}")
                        .status())
                .isEqualTo(404);
        assertThat(ok(api.post(path, "{\"status\":\"paid\"}"))
                        .path("paymentStatus")
                        .asString())
                .isEqualTo("paid");

        JsonNode history = ok(api.get("/api/v1/orders/" + order + "/history")).path("history");
        assertThat(history.get(history.size() - 1).path("action").asString()).isEqualTo("paid");
        assertThat(history.get(history.size() - 1).path("door").asString()).isEqualTo("api");
        assertThat(history.get(history.size() - 1).path("after").asString()).isEqualTo("paid 25.00");
    }

    @Test
    void ratesPerGroupAndPerLeaderAreSetClearedAndLogged() {
        String leader = "L-" + tag;
        long group = group("翠湖" + tag, leader, "0.10");
        String patch = "/api/v1/groups/" + group;

        assertThat(ok(api.get(patch)).path("commissionRate").decimalValue()).isEqualByComparingTo("0.10");
        assertProblem(patchJson(patch, "{\"commissionRate\":1.5}"), 422, "between 0 and 1");
        assertThat(ok(patchJson(patch, "{\"commissionRate\":0.125}"))
                        .path("commissionRate")
                        .decimalValue())
                .isEqualByComparingTo("0.125");
        assertThat(ok(patchJson(patch, "{}")).path("commissionRate").decimalValue())
                .isEqualByComparingTo("0.125");
        assertThat(ok(patchJson(patch, "{\"commissionRate\":null}"))
                        .path("commissionRate")
                        .isNull())
                .isTrue();
        assertThat(ok(api.put("/api/v1/leaders/sandbox/" + leader + "/commission", "{\"commissionRate\":0.08}"))
                        .path("commissionRate")
                        .decimalValue())
                .isEqualByComparingTo("0.08");
        assertThat(api.put("/api/v1/leaders/sandbox/nobody-" + tag + "/commission", "{\"commissionRate\":0.08}")
                        .status())
                .isEqualTo(404);
        assertProblem(
                api.post(
                        "/api/v1/groups",
                        "{\"platform\":\"sandbox\",\"chatId\":\"c-" + tag + "\",\"commissionRate\":-0.1}"),
                422,
                "commissionRate");

        JsonNode history = ok(api.get(patch + "/history")).path("history");
        assertThat(history)
                .extracting(
                        h -> h.path("action").asString() + " " + h.path("after").asString())
                .containsExactly("set 0.1000", "set 0.1250", "cleared none");
        assertThat(ok(api.get("/api/v1/leaders/sandbox/" + leader + "/commission/history"))
                        .path("history"))
                .hasSize(1);
    }

    @Test
    void aDealKnowsItsDeliveryDayFromItsPostOrFromTheApi() {
        long group = group("锦绣" + tag, "Z-" + tag, null);
        JsonNode fromPost = ok(api.post(
                "/api/v1/deals",
                "{\"post\":\"#开团 砂糖橘" + tag + "\\nA. 砂糖橘" + tag + " 5元/斤\\n12月1日到货，东门自提\",\"groupIds\":[" + group
                        + "]}"));
        long id = fromPost.path("id").asLong();

        assertThat(fromPost.path("deliveryDate").asString()).endsWith("-12-01");
        assertThat(ok(api.put("/api/v1/deals/" + id + "/delivery-date", "{\"deliveryDate\":\"" + day + "\"}"))
                        .path("deliveryDate")
                        .asString())
                .isEqualTo(day.toString());
        assertThat(ok(api.get("/api/v1/purchase-list?deliveryDate=" + day)).path("dealIds"))
                .extracting(JsonNode::asLong)
                .containsExactly(id);
        assertProblem(api.put("/api/v1/deals/" + id + "/delivery-date", "{\"deliveryDate\":\"12/01\"}"), 400, "");
        assertThat(api.get("/api/v1/purchase-list").status()).isEqualTo(422);
        assertThat(api.get("/api/v1/sorting?deliveryDate=tomorrow").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/settlements?from=" + day + "&to=" + day.minusDays(1))
                        .status())
                .isEqualTo(422);
    }

    /**
     * The orders of the week, placed through the API: deal 草莓车厘子 in groups 1 and 2, deal 周末水果 in groups
     * 2 and 3, with a cancelled order, two paid ones and a refund; group 1 at 10%, its leader at 8% for group
     * 3, group 2 without a rate.
     */
    final class Week {
        final long g1;
        final long g2;
        final long g3;
        final long fruit;
        final long weekend;
        final Map<Long, BigDecimal> rates = new HashMap<>();

        Week() {
            String leader = "L1-" + tag;
            g1 = group("阳光花园" + tag, leader, "0.10");
            g2 = group("翠湖" + tag, "L2-" + tag, null);
            g3 = group("梧桐苑" + tag, leader, null);
            ok(api.put("/api/v1/leaders/sandbox/" + leader + "/commission", "{\"commissionRate\":0.08}"));
            rates.put(g1, new BigDecimal("0.10"));
            rates.put(g2, BigDecimal.ZERO);
            rates.put(g3, new BigDecimal("0.08"));
            long dandong = created(api.post("/api/v1/suppliers", "{\"name\":\"丹东果园" + tag + "\"}"));
            long chile = created(api.post("/api/v1/suppliers", "{\"name\":\"智利进口" + tag + "\"}"));
            product("丹东草莓" + tag, "草莓" + tag, "盒", "25", "18", dandong);
            product("车厘子" + tag, null, "斤", "60", "45", chile);
            product("青提" + tag, null, "串", "30", null, null);
            fruit = deal(
                    "草莓车厘子", List.of(g1, g2), item("A", "丹东草莓" + tag, "盒", "25"), item("B", "车厘子" + tag, "斤", "60"));
            weekend = deal(
                    "周末水果",
                    List.of(g2, g3),
                    item("A", "草莓" + tag, "盒", "24"),
                    item("B", "青提" + tag, "串", "30"),
                    item("C", "芒果" + tag, "个", "20"));
            long zhang = order(fruit, g1, "张三", "3栋501", "A", "2", "B", "1");
            order(fruit, g1, "李四", "1栋201", "A", "1");
            long wang = order(fruit, g1, "王五", "", "B", "2");
            order(fruit, g2, "赵六", "2栋101", "A", "3");
            long sun = order(fruit, g2, "孙七", "", "B", "1");
            order(weekend, g2, "赵六", "2栋101", "A", "1", "C", "2");
            order(weekend, g2, "周八", "", "B", "1");
            long wu = order(weekend, g3, "吴九", "5栋302", "A", "2", "B", "2");
            order(weekend, g3, "郑十", "5栋101", "C", "1");
            ok(api.post("/api/v1/orders/" + wang + "/cancel", ""));
            for (long paid : List.of(zhang, wu, sun)) {
                ok(api.post("/api/v1/orders/" + paid + "/payment", "{\"status\":\"paid\"}"));
            }
            ok(api.post("/api/v1/orders/" + sun + "/payment", "{\"status\":\"refunded\"}"));
        }

        BigDecimal rate(long groupId) {
            return rates.get(groupId);
        }

        long orderId(String name) {
            for (long deal : List.of(fruit, weekend)) {
                for (JsonNode order :
                        ok(api.get("/api/v1/deals/" + deal + "/orders")).path("orders")) {
                    if (order.path("name").asString().equals(name)) {
                        return order.path("id").asLong();
                    }
                }
            }
            throw new AssertionError("no order of " + name);
        }

        private long deal(String title, List<Long> groups, String... items) {
            String body = "{\"title\":\"" + title + tag + "\",\"groupIds\":" + groups + ",\"catalog\":["
                    + String.join(",", items) + "],\"pickup\":\"东门自提\",\"deliveryDate\":\"" + day + "\"}";
            return created(api.post("/api/v1/deals", body));
        }

        private long order(long deal, long group, String name, String note, String... skuQty) {
            List<String> items = new ArrayList<>();
            for (int i = 0; i < skuQty.length; i += 2) {
                items.add("{\"sku\":\"" + skuQty[i] + "\",\"qty\":" + skuQty[i + 1] + "}");
            }
            return created(api.post(
                    "/api/v1/deals/" + deal + "/orders",
                    "{\"name\":\"" + name + "\",\"groupId\":" + group + ",\"note\":\"" + note + "\",\"items\":" + items
                            + "}"));
        }

        private void product(String name, String alias, String unit, String price, String cost, Long supplier) {
            created(api.post(
                    "/api/v1/products",
                    "{\"name\":\"" + name + "\",\"aliases\":" + (alias == null ? "[]" : "[\"" + alias + "\"]")
                            + ",\"unit\":\"" + unit + "\",\"price\":" + price + ",\"cost\":" + cost + ",\"supplierId\":"
                            + supplier + "}"));
        }
    }

    private static String item(String sku, String name, String unit, String price) {
        return "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"price\":" + price + "}";
    }

    long group(String name, String leader, String rate) {
        return created(api.post(
                "/api/v1/groups",
                "{\"platform\":\"sandbox\",\"chatId\":\"g-" + UUID.randomUUID() + "\",\"name\":\"" + name
                        + "\",\"leaders\":[{\"userId\":\"" + leader + "\",\"name\":\"团长" + leader + "\"}]"
                        + (rate == null ? "" : ",\"commissionRate\":" + rate) + "}"));
    }

    private ApiClient.Response patchJson(String path, String json) {
        return api.send(api.request(path)
                .header("Content-Type", "application/json")
                .method("PATCH", java.net.http.HttpRequest.BodyPublishers.ofString(json)));
    }

    static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isBetween(200, 201);
        return response.json();
    }

    static long created(ApiClient.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json().path("id").asLong();
    }
}
