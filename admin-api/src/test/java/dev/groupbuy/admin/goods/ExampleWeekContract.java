package dev.groupbuy.admin.goods;

import static dev.groupbuy.admin.goods.OrderSums.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.core.testing.MutableClock;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * A realistic week, scripted: two suppliers, five groups of four leaders, five deals delivered on three days,
 * payments marked in the chain, by chat and through the API, one cancellation and one refund; every day's
 * purchase list and sorting sheets, and the week's settlement. Each is checked against the orders, each
 * workbook is read back with Apache POI and checked against its JSON, and the transcript with every sheet
 * rendered is docs/example-week.md ({@code -Dexample-week.write=true} writes it anew). Run once per store.
 */
abstract class ExampleWeekContract {

    static final String TOKEN = "example-week-test-token";
    static final Path DOC = Path.of("../docs/example-week.md");
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate TUESDAY = LocalDate.parse("2026-12-01");
    static final LocalDate THURSDAY = LocalDate.parse("2026-12-03");
    static final LocalDate SATURDAY = LocalDate.parse("2026-12-05");

    /** Monday 30 November 2026, 09:00 in Beijing. */
    @TestConfiguration
    static class FixedWeek {
        @Bean
        @Primary
        MutableClock testClock() {
            return MutableClock.at("2026-11-30T01:00:00Z");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private final StringBuilder doc = new StringBuilder();
    private final Map<String, Long> deals = new HashMap<>();
    private final Map<Long, BigDecimal> rates = new HashMap<>();
    private ApiClient api;
    private WeekChat sun1;
    private WeekChat sun2;
    private WeekChat lake;
    private WeekChat garden;
    private WeekChat wutong;

    @Test
    void aWeekOfTwoSuppliersFiveGroupsAndThreeDeliveryDays() throws Exception {
        api = new ApiClient(port, TOKEN);
        intro();
        monday();
        tuesday();
        wednesday();
        thursday();
        friday();
        saturday();
        sunday();
        paymentsCameThroughEveryDoor();
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/example-week.md"), doc.toString(), StandardCharsets.UTF_8);
        if (Boolean.getBoolean("example-week.write")) {
            Files.writeString(DOC, doc.toString(), StandardCharsets.UTF_8);
        } else {
            assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                    .as("docs/example-week.md is what the bot and the API say (rewrite with -Dexample-week.write=true)")
                    .isEqualTo(doc.toString());
        }
    }

    private void monday() {
        day("Monday 30 November", "The operator sets up the back office, two deals open for Tuesday.");
        long strawberries = supplier("丹东九九草莓基地", "老周 138 0411 0000", "每天早上6点发车");
        long south = supplier("南方鲜果批发", "小林 139 2000 0000", "");
        product("丹东草莓", List.of("草莓", "99草莓"), "盒", "25", "17.5", strawberries, "2斤/盒");
        product("智利车厘子", List.of("车厘子"), "斤", "59.9", "42", south, "JJ级");
        product("砂糖橘", List.of("橘子"), "斤", "6.8", "4.2", south, "");
        product("贵妃芒", List.of("芒果"), "斤", "12.8", "8.5", south, "");
        sun1 = group("阳光花园1群", "wang", "王团长", null);
        sun2 = group("阳光花园2群", "wang", "王团长", "0.06");
        lake = group("翠湖小区", "li", "李团长", "0.10");
        garden = group("锦绣家园", "zhang", "张团长", "0.12");
        wutong = group("梧桐苑", "zhao", "赵团长", null);
        leaderRate("wang", "0.08", sun1, sun2);
        leaderRate("zhao", "0.10", wutong);
        setupTables();

        at("10:00");
        openByApi(
                "丹东草莓+车厘子", "#开团 丹东草莓+车厘子\\nA. 丹东草莓 25元/盒\\nB. 智利车厘子 59.9元/斤\\n今晚8点截单，明天下午4点小区东门自提", sun1, sun2, lake);
        at("10:05");
        leader(garden, "#开团 砂糖橘\n砂糖橘 6.8元/斤\n今晚9点截单，明天下午5点南门自提");
        deals.put("砂糖橘", latestDeal(garden));
        signUps(
                sun1,
                "丹东草莓+车厘子",
                "u101 张阿姨 草莓2盒 3栋502",
                "u102 李姐 车厘子1斤 1栋201 已付",
                "u103 小王 A1 B1 7栋1单元",
                "u104 周周妈妈 B2 5栋402");
        signUps(sun2, "丹东草莓+车厘子", "u201 陈老师 草莓1盒 2栋1202", "u202 刘叔 车厘子2斤 9栋301 ✅", "u203 孙姐 草莓3盒 8栋203");
        signUps(
                lake,
                "丹东草莓+车厘子",
                "u301 马师傅 车厘子1斤 4栋1102",
                "u302 胡阿姨 草莓2盒 车厘子1斤 2栋502 已转",
                "u303 林林 A1 6栋101",
                "u304 何姐 B3 9栋");
        signUps(garden, "砂糖橘", "u401 高老师 砂糖橘5斤 3栋201", "u402 罗哥 砂糖橘3斤 10栋601 已付", "u403 梁妈 砂糖橘10斤 5栋1101");
        at("18:20");
        resident(lake, "u303", "林林", "#取消");
        resident(lake, "u301", "马师傅", "#已付");
        at("20:00");
        leader(sun1, "#截单");
        at("21:00");
        leader(garden, "#截单");
        at("21:30");
        purchaseList(TUESDAY, "丹东草莓+车厘子", "砂糖橘");
    }

    private void tuesday() {
        nextDay("Tuesday 1 December", "Deliveries to four groups; the cherries come one 斤 short.");
        at("09:30");
        leader(lake, "#退款 马师傅");
        at("10:00");
        sorting(TUESDAY, "丹东草莓+车厘子", "砂糖橘");
        at("16:00");
        leader(sun1, "#到货");
        at("16:05");
        leader(sun1, "#催款");
        at("16:10");
        resident(sun1, "u101", "张阿姨", "#已付");
        at("16:30");
        leader(sun1, "#已付 3");
        at("16:40");
        payByApi("丹东草莓+车厘子", "周周妈妈", "周周妈妈's bank transfer arrived");
        at("17:00");
        leader(garden, "#到货 今天下午5点南门自提");
        at("17:05");
        leader(garden, "#催款");
        at("17:20");
        resident(garden, "u403", "梁妈", "#已付");
        at("18:00");
        leader(lake, "#已付 何姐");
    }

    private void wednesday() {
        nextDay("Wednesday 2 December", "One deal for all five groups, delivered on Thursday.");
        at("10:00");
        openByApi(
                "周四水果",
                "#开团 周四水果\\nA. 丹东草莓 25元/盒\\nB. 砂糖橘 6.8元/斤\\nC. 芒果 12.8元/斤\\n今晚8点截单，明天下午3点自提",
                sun1,
                sun2,
                lake,
                garden,
                wutong);
        signUps(sun1, "周四水果", "u101 张阿姨 C2 3栋502 已付", "u103 小王 A2 7栋1单元");
        signUps(sun2, "周四水果", "u201 陈老师 芒果3斤 2栋1202", "u202 刘叔 B5 9栋301");
        signUps(lake, "周四水果", "u302 胡阿姨 草莓1盒 2栋502", "u304 何姐 砂糖橘5斤 9栋");
        signUps(garden, "周四水果", "u401 高老师 B10 3栋201 已付", "u402 罗哥 A1 C2 10栋601");
        signUps(wutong, "周四水果", "u501 董姐 草莓2盒 4栋301", "u502 袁阿姨 芒果2斤 1栋101 ✅");
        at("20:00");
        operator("`POST /api/v1/deals/{周四水果}/close` (截单 for all five groups)");
        ok(api.post("/api/v1/deals/" + deals.get("周四水果") + "/close", ""));
        at("20:30");
        purchaseList(THURSDAY, "周四水果");
    }

    private void thursday() {
        nextDay(
                "Thursday 3 December",
                "Thursday's delivery; two deals open for Saturday, one with a product the library does not know.");
        at("10:00");
        leader(wutong, "#开团 周六车厘子\nA. 车厘子 59.9元/斤\nB. 冬枣 15元/斤\n周五晚8点截单，周六上午10点到货自提");
        deals.put("周六车厘子", latestDeal(wutong));
        at("10:30");
        openByApi("周六草莓", "#开团 周六草莓\\nA. 丹东草莓 25元/盒\\n周五晚8点截单，周六下午自提", sun1, lake);
        at("13:00");
        sorting(THURSDAY, "周四水果");
        at("15:00");
        operator("`POST /api/v1/deals/{周四水果}/arrived` (到货: every buyer in the five groups is told)");
        ok(api.post("/api/v1/deals/" + deals.get("周四水果") + "/arrived", ""));
        at("15:10");
        payByApi("周四水果", "小王", "小王 paid the leader by transfer");
        payByApi("周四水果", "罗哥", "罗哥 paid the leader by transfer");
        at("15:30");
        leader(lake, "#催款 周四水果");
        signUps(wutong, "周六车厘子", "u501 董姐 车厘子2斤 4栋301", "u503 田叔 冬枣3斤 6栋502 已付", "u502 袁阿姨 A1 B1 1栋101");
        signUps(sun1, "周六草莓", "u102 李姐 草莓2盒 1栋201", "u104 周周妈妈 草莓1盒 5栋402 已付");
        signUps(lake, "周六草莓", "u302 胡阿姨 草莓3盒 2栋502");
    }

    private void friday() {
        nextDay("Friday 4 December", "截单 for Saturday.");
        at("20:00");
        leader(wutong, "#截单");
        operator("`POST /api/v1/deals/{周六草莓}/close`");
        ok(api.post("/api/v1/deals/" + deals.get("周六草莓") + "/close", ""));
        at("20:30");
        purchaseList(SATURDAY, "周六车厘子", "周六草莓");
    }

    private void saturday() {
        nextDay("Saturday 5 December", "Saturday's delivery and the last payments.");
        at("09:30");
        sorting(SATURDAY, "周六车厘子", "周六草莓");
        at("10:00");
        leader(wutong, "#到货");
        operator("`POST /api/v1/deals/{周六草莓}/arrived`");
        ok(api.post("/api/v1/deals/" + deals.get("周六草莓") + "/arrived", ""));
        at("10:10");
        leader(wutong, "#已付 1");
        at("10:20");
        resident(wutong, "u502", "袁阿姨", "#已付");
        at("11:00");
        resident(sun1, "u102", "李姐", "#已付");
        at("11:05");
        leader(wutong, "#汇总 周四水果");
    }

    private void sunday() throws Exception {
        nextDay("Sunday 6 December", "The finance person settles the week.");
        at("10:00");
        LocalDate from = LocalDate.parse("2026-11-30");
        LocalDate to = LocalDate.parse("2026-12-06");
        String query = "?from=" + from + "&to=" + to;
        operator("`GET /api/v1/settlements" + query + "` and `…/settlements.xlsx" + query + "`");
        JsonNode settlement = ok(api.get("/api/v1/settlements" + query));
        OrderSums sums = new OrderSums(api, List.copyOf(deals.values()));
        BigDecimal commission = BigDecimal.ZERO;
        for (JsonNode leader : settlement.path("leaders")) {
            for (JsonNode group : leader.path("groups")) {
                long id = group.path("groupId").asLong();
                BigDecimal sales = sums.sales(id);
                BigDecimal expected = sales.multiply(rates.get(id)).setScale(2, RoundingMode.HALF_UP);
                assertThat(group.path("figures").path("sales").decimalValue()).isEqualByComparingTo(sales);
                assertThat(group.path("figures").path("paid").decimalValue()).isEqualByComparingTo(sums.paid(id));
                assertThat(group.path("figures").path("commission").decimalValue())
                        .isEqualByComparingTo(expected);
                commission = commission.add(expected);
            }
        }
        assertThat(settlement.path("leaders")).hasSize(4);
        assertThat(settlement.path("totals").path("deals").asInt()).isEqualTo(5);
        assertThat(settlement.path("totals").path("sales").decimalValue()).isEqualByComparingTo(sums.sales());
        assertThat(settlement.path("totals").path("commission").decimalValue()).isEqualByComparingTo(commission);
        assertThat(settlement.path("totals").path("refundedOrders").asInt()).isEqualTo(1);
        Workbooks book = Workbooks.read(api.sendBytes("/api/v1/settlements.xlsx" + query));
        for (Workbooks.SheetData sheet : book.sheets()) {
            List<Object> total = sheet.row("合计");
            assertThat(sheet.decimal(total, total.size() - 1))
                    .isEqualByComparingTo(
                            settlement.path("totals").path("commission").decimalValue());
            assertThat(sheet.decimal(total, total.size() - 6))
                    .isEqualByComparingTo(
                            settlement.path("totals").path("sales").decimalValue());
        }
        render("结算 (settlements.xlsx)", book);
    }

    /** Paid in the chain, by chat and through the API; one refund; every change in the orders' histories. */
    private void paymentsCameThroughEveryDoor() {
        List<String> changes = new ArrayList<>();
        for (long dealId : deals.values()) {
            for (JsonNode order :
                    ok(api.get("/api/v1/deals/" + dealId + "/orders")).path("orders")) {
                ok(api.get("/api/v1/orders/" + order.path("id").asLong() + "/history"))
                        .path("history")
                        .forEach(h -> changes.add(h.path("action").asString() + "/"
                                + h.path("door").asString() + "/"
                                + h.path("actor").asString() + "/"
                                + h.path("after").asString()));
            }
        }
        assertThat(changes)
                .as("paid in the chain (李姐's 已付), by a resident's and a leader's #已付, through the API; refunded")
                .contains(
                        "created/chat/u102/B×1 active paid",
                        "paid/chat/u101/paid 50.00",
                        "paid/chat/wang/paid 84.90",
                        "paid/api/admin:api/paid 119.80",
                        "refunded/chat/li/refunded 59.90");
        assertThat(changes.stream().filter(c -> c.startsWith("refunded/"))).hasSize(1);
    }

    private void purchaseList(LocalDate day, String... titles) {
        String query = "?deliveryDate=" + day;
        operator("`GET /api/v1/purchase-list" + query + "` and `…/purchase-list.xlsx" + query + "`");
        JsonNode purchase = ok(api.get("/api/v1/purchase-list" + query));
        OrderSums sums = new OrderSums(api, ids(titles));
        assertThat(OrderSums.purchaseLines(purchase)).isEqualTo(sums.purchase());
        assertThat(purchase.path("dealIds"))
                .extracting(JsonNode::asLong)
                .containsExactlyInAnyOrderElementsOf(ids(titles));
        Workbooks book = Workbooks.read(api.sendBytes("/api/v1/purchase-list.xlsx" + query));
        Workbooks.SheetData summary = book.sheet(0);
        assertThat(summary.decimal(summary.row("合计"), 8))
                .isEqualByComparingTo(purchase.path("costAmount").decimalValue());
        assertThat(summary.decimal(summary.row("合计"), 9))
                .isEqualByComparingTo(purchase.path("salesAmount").decimalValue());
        for (int s = 0; s < purchase.path("suppliers").size(); s++) {
            Workbooks.SheetData sheet = book.sheet(s + 1);
            assertThat(Workbooks.amountOrNull(sheet.row("合计"), 5))
                    .isEqualTo(OrderSums.amountOrNull(
                            purchase.path("suppliers").get(s).path("costAmount")));
        }
        render("采购单 for " + day + " (purchase-list.xlsx)", book);
    }

    private void sorting(LocalDate day, String... titles) {
        String query = "?deliveryDate=" + day;
        operator("`GET /api/v1/sorting" + query + "` and `…/sorting.xlsx" + query + "`");
        JsonNode sorting = ok(api.get("/api/v1/sorting" + query));
        OrderSums sums = new OrderSums(api, ids(titles));
        Workbooks book = Workbooks.read(api.sendBytes("/api/v1/sorting.xlsx" + query));
        assertThat(book.sheets()).hasSize(sorting.path("groups").size());
        for (int g = 0; g < sorting.path("groups").size(); g++) {
            JsonNode group = sorting.path("groups").get(g);
            long id = group.path("groupId").asLong();
            assertThat(OrderSums.bagContents(group)).as("bags of group " + id).isEqualTo(sums.bags(id));
            assertThat(OrderSums.packed(group)).as("packs of group " + id).isEqualTo(sums.packs(id));
            Workbooks.SheetData sheet = book.sheet(g);
            assertThat(sheet.decimal(sheet.row("合计"), 3))
                    .isEqualByComparingTo(group.path("amount").decimalValue());
            assertThat(sheet.decimal(sheet.row("合计"), 4))
                    .isEqualByComparingTo(group.path("unpaid").decimalValue());
        }
        render("分拣单 for " + day + " (sorting.xlsx)", book);
    }

    private void openByApi(String title, String post, WeekChat... groups) {
        List<Long> ids = java.util.Arrays.stream(groups).map(g -> g.id).toList();
        List<String> names = java.util.Arrays.stream(groups).map(g -> g.name).toList();
        operator("`POST /api/v1/deals` with the post below for " + String.join("、", names)
                + "; each group gets its 接龙\n\n    " + post.replace("\\n", "\n    "));
        JsonNode deal = ok(api.post("/api/v1/deals", "{\"post\":\"" + post + "\",\"groupIds\":" + ids + "}"));
        deals.put(title, deal.path("id").asLong());
        doc.append("> deliveryDate ")
                .append(deal.path("deliveryDate").asString())
                .append(", products ");
        List<String> linked = new ArrayList<>();
        deal.path("catalog")
                .forEach(item -> linked.add(
                        item.path("name").asString() + (item.path("productId").isNull() ? " (new)" : " → library")));
        doc.append(String.join(", ", linked)).append("\n\n");
    }

    private void payByApi(String title, String name, String why) {
        long orderId = orderOf(title, name);
        operator("`POST /api/v1/orders/{" + name + "}/payment {\"status\":\"paid\"}` (" + why + ")");
        JsonNode order = ok(api.post("/api/v1/orders/" + orderId + "/payment", "{\"status\":\"paid\"}"));
        assertThat(order.path("paymentStatus").asString()).isEqualTo("paid");
    }

    private long orderOf(String title, String name) {
        for (JsonNode order :
                ok(api.get("/api/v1/deals/" + deals.get(title) + "/orders")).path("orders")) {
            if (order.path("name").asString().equals(name)) {
                return order.path("id").asLong();
            }
        }
        throw new AssertionError(name + " has no order in " + title);
    }

    private void signUps(WeekChat group, String title, String... lines) {
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            clock.advance(Duration.ofMinutes(7));
            WeekChat.SignUp signUp = group.signUp(title, parts[0], parts[1], parts[2]);
            record(parts[1] + " @" + group.name, "接龙加上 `" + signUp.line() + "`", signUp.replies());
        }
    }

    private void leader(WeekChat group, String text) {
        clock.advance(Duration.ofMinutes(1));
        record(group.leaderName + " @" + group.name, quote(text), group.leader(text));
    }

    private void resident(WeekChat group, String userId, String name, String text) {
        clock.advance(Duration.ofMinutes(1));
        record(name + " @" + group.name, quote(text), group.say(userId, name, text));
    }

    private long latestDeal(WeekChat group) {
        return ok(api.get("/api/v1/deals?groupId=" + group.id))
                .path("deals")
                .get(0)
                .path("id")
                .asLong();
    }

    private List<Long> ids(String... titles) {
        return java.util.Arrays.stream(titles).map(deals::get).toList();
    }

    private long supplier(String name, String contact, String note) {
        return ok(api.post(
                        "/api/v1/suppliers",
                        "{\"name\":\"" + name + "\",\"contact\":\"" + contact + "\",\"note\":\"" + note + "\"}"))
                .path("id")
                .asLong();
    }

    private void product(
            String name, List<String> aliases, String unit, String price, String cost, long supplier, String spec) {
        ok(api.post(
                "/api/v1/products",
                "{\"name\":\"" + name + "\",\"aliases\":[\"" + String.join("\",\"", aliases) + "\"],\"unit\":\"" + unit
                        + "\",\"price\":" + price + ",\"cost\":" + cost + ",\"supplierId\":" + supplier + ",\"spec\":\""
                        + spec + "\"}"));
    }

    private WeekChat group(String name, String leaderId, String leaderName, String rate) {
        WeekChat chat = new WeekChat(api, name, leaderId, leaderName, rate);
        rates.put(chat.id, rate == null ? BigDecimal.ZERO : new BigDecimal(rate));
        return chat;
    }

    private void leaderRate(String leaderId, String rate, WeekChat... groupsWithoutTheirOwn) {
        ok(api.put("/api/v1/leaders/sandbox/" + leaderId + "/commission", "{\"commissionRate\":" + rate + "}"));
        for (WeekChat group : groupsWithoutTheirOwn) {
            rates.merge(group.id, new BigDecimal(rate), (own, leaders) -> own.signum() == 0 ? leaders : own);
        }
    }

    private void setupTables() {
        doc.append("**09:00 运营 (API)** sets up the back office: `POST /api/v1/suppliers`, `POST /api/v1/products`, ")
                .append(
                        "`POST /api/v1/groups` with `commissionRate`, `PUT /api/v1/leaders/sandbox/{userId}/commission`.\n\n");
        doc.append("| 供应商 | 联系 | 备注 |\n|---|---|---|\n");
        ok(api.get("/api/v1/suppliers"))
                .path("suppliers")
                .forEach(s -> doc.append("| ")
                        .append(s.path("name").asString())
                        .append(" | ")
                        .append(s.path("contact").asString())
                        .append(" | ")
                        .append(s.path("note").asString())
                        .append(" |\n"));
        doc.append("\n| 商品 | 别名 | 单位 | 售价 | 成本 | 供应商 | 规格 |\n|---|---|---|---|---|---|---|\n");
        ok(api.get("/api/v1/products")).path("products").forEach(p -> {
            List<String> aliases = new ArrayList<>();
            p.path("aliases").forEach(a -> aliases.add(a.asString()));
            doc.append("| ")
                    .append(p.path("name").asString())
                    .append(" | ")
                    .append(String.join("、", aliases))
                    .append(" | ")
                    .append(p.path("unit").asString())
                    .append(" | ")
                    .append(p.path("price").decimalValue().toPlainString())
                    .append(" | ")
                    .append(p.path("cost").decimalValue().toPlainString())
                    .append(" | ")
                    .append(p.path("supplierName").asString())
                    .append(" | ")
                    .append(p.path("spec").asString())
                    .append(" |\n");
        });
        doc.append("\n| 群 | 团长 | 本群佣金 | 团长佣金 |\n|---|---|---|---|\n");
        for (WeekChat g : List.of(sun1, sun2, lake, garden, wutong)) {
            JsonNode group = ok(api.get("/api/v1/groups/" + g.id));
            JsonNode leader = ok(api.get("/api/v1/leaders/sandbox/" + g.leaderId + "/commission"));
            doc.append("| ")
                    .append(g.name)
                    .append(" | ")
                    .append(g.leaderName)
                    .append(" | ")
                    .append(percent(group.path("commissionRate")))
                    .append(" | ")
                    .append(percent(leader.path("commissionRate")))
                    .append(" |\n");
        }
        doc.append('\n');
    }

    private static String percent(JsonNode rate) {
        return rate.isNull() || rate.isMissingNode()
                ? "—"
                : rate.decimalValue().movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    private void render(String title, Workbooks book) {
        doc.append("#### ").append(title).append("\n\n");
        for (Workbooks.SheetData sheet : book.sheets()) {
            doc.append("Sheet **")
                    .append(sheet.name())
                    .append("**\n\n")
                    .append(SheetMarkdown.render(sheet))
                    .append('\n');
        }
    }

    private void operator(String what) {
        doc.append("**").append(time()).append(" 运营 (API)**: ").append(what).append("\n\n");
    }

    private void record(String who, String what, List<String> replies) {
        doc.append("**")
                .append(time())
                .append(' ')
                .append(who)
                .append("**: ")
                .append(what)
                .append("\n\n");
        for (String reply : replies) {
            String shown = reply.replaceAll("/exports/\\S+", "/exports/…");
            doc.append("> 🤖 ").append(shown.replace("\n", "  \n> ")).append("\n\n");
        }
    }

    private String time() {
        return DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT)
                .format(clock.instant().atZone(SHANGHAI));
    }

    private static String quote(String text) {
        return text.contains("\n") ? "\n\n    " + text.replace("\n", "\n    ") : "`" + text + "`";
    }

    private void day(String heading, String summary) {
        doc.append("## ").append(heading).append("\n\n").append(summary).append("\n\n");
    }

    private void nextDay(String heading, String summary) {
        ZonedDateTime now = clock.instant().atZone(SHANGHAI);
        ZonedDateTime morning =
                now.toLocalDate().plusDays(1).atTime(LocalTime.of(8, 0)).atZone(SHANGHAI);
        clock.advance(Duration.between(now, morning));
        day(heading, summary);
    }

    /** Moves the clock to this time of the current day (never back). */
    private void at(String hhmm) {
        ZonedDateTime now = clock.instant().atZone(SHANGHAI);
        ZonedDateTime target = now.toLocalDate().atTime(LocalTime.parse(hhmm)).atZone(SHANGHAI);
        if (target.isAfter(now)) {
            clock.advance(Duration.between(now, target));
        }
    }

    private void intro() {
        doc.append("# A week of goods and money (example)\n\n");
        doc.append("""
                One realistic week of an operator running five groups with four leaders (团长), generated by \
                `ExampleWeekContract` (admin-api) through the admin API and the HTTP sandbox, on the embedded store \
                and again on MariaDB + Redis with the same result: two suppliers, a product library, five deals \
                delivered on three days (Tuesday, Thursday, Saturday), residents signing up with the usual 接龙, \
                payments marked in the chain (`已付`, `✅`, `已转`), by chat (`#已付`) and through the API, one \
                cancellation and one refund. Every evening the operator pulls the next day's purchase list \
                (采购单); on delivery days the sorting and delivery sheets (分拣单 / 配送单); on Sunday the \
                week's settlement (结算). Each workbook is shown as the test read it back with Apache POI, and \
                its totals are checked against the JSON answer and against the orders. What the sheets mean: \
                [goods-and-money.md](goods-and-money.md). A line quoted with 🤖 is the bot; times are Beijing time.

                """);
    }
}
