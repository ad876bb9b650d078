package dev.groupbuy.admin.dashboard;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.admin.ApiClient;
import dev.groupbuy.admin.TestTokens;
import dev.groupbuy.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard through the API against a real store, run once per store by the subclasses: orders placed
 * through the API at chosen times of four days of a random far-off period (so nothing else in the store falls
 * in it), with a cancelled order, a refunded one and a cancelled deal; the figures worked out by hand.
 */
abstract class DashboardContract {

    static final String TOKEN = "dashboard-test-token";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TestConfiguration
    static class MovableClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return MutableClock.at("2026-06-01T02:00:00Z");
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

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
    void countsTheOrdersThatCountPerDayInTheZoneGroupAndProduct() {
        Seeded seeded = seed();

        JsonNode shown = ok(api.get("/api/v1/dashboard?from=" + day + "&to=" + day.plusDays(3) + "&top=2"));

        assertThat(shown.path("zone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(days(shown))
                .containsExactly(
                        day + " 3 4 8 148.90",
                        day.plusDays(1) + " 1 1 0.5 29.95",
                        day.plusDays(2) + " 0 0 0 0.00",
                        day.plusDays(3) + " 1 1 3 75.00");
        assertThat(figures(shown.path("total"))).isEqualTo("5 6 11.5 253.85");
        assertThat(shown.path("today").path("date").asString())
                .isEqualTo(day.plusDays(3).toString());
        assertThat(figures(shown.path("today"))).isEqualTo("1 1 3 75.00");
        List<String> groups = new ArrayList<>();
        for (JsonNode g : shown.path("groups")) {
            groups.add(g.path("groupId").asLong() + " " + g.path("name").asString() + " " + figures(g));
        }
        assertThat(groups)
                .containsExactly(
                        seeded.g1 + " 一群" + tag + " 3 4 10 198.90", seeded.g2 + " 二群" + tag + " 2 2 1.5 54.95");
        List<String> products = new ArrayList<>();
        for (JsonNode p : shown.path("products")) {
            products.add(p.path("productId").asLong() + " " + p.path("name").asString() + " "
                    + p.path("unit").asString()
                    + " " + p.path("orders").asInt() + " "
                    + p.path("quantity").decimalValue().toPlainString() + " "
                    + amount(p));
        }
        assertThat(products)
                .containsExactly(seeded.strawberry + " 草莓" + tag + " 盒 3 6 150.00", "0 车厘子" + tag + " 斤 2 1.5 89.85");
        assertThat(shown.path("products").get(1).path("productId").isNull()).isTrue();
        assertThat(shown.path("productCount").asInt()).isEqualTo(3);

        JsonNode utc = ok(api.get("/api/v1/dashboard?from=" + day + "&to=" + day.plusDays(3) + "&zone=UTC"));
        assertThat(days(utc).get(0)).isEqualTo(day + " 4 5 8.5 178.85");
        assertThat(days(utc).get(1)).isEqualTo(day.plusDays(1) + " 0 0 0 0.00");

        JsonNode second =
                ok(api.get("/api/v1/dashboard?groupId=" + seeded.g2 + "&from=" + day + "&to=" + day.plusDays(3)));
        assertThat(figures(second.path("total"))).isEqualTo("2 2 1.5 54.95");
        assertThat(second.path("groups")).hasSize(1);

        JsonNode lastTwoWeeks = ok(api.withToken(TestTokens.VIEWER).get("/api/v1/dashboard"));
        assertThat(lastTwoWeeks.path("from").asString())
                .isEqualTo(day.minusDays(10).toString());
        assertThat(lastTwoWeeks.path("to").asString()).isEqualTo(day.plusDays(3).toString());
        assertThat(lastTwoWeeks.path("days")).hasSize(14);
        assertThat(figures(lastTwoWeeks.path("total"))).isEqualTo("5 6 11.5 253.85");
    }

    @Test
    void badParametersAreProblemsThatSayWhatToFix() {
        String path = "/api/v1/dashboard?";
        assertProblem(api.get(path + "from=2026-13-01"), 400, "'from'");
        assertProblem(api.get(path + "from=2026-06-10&to=2026-06-01"), 400, "after");
        assertProblem(api.get(path + "from=2026-01-01&to=2026-04-03"), 400, "at most 92 days");
        assertThat(ok(api.get(path + "from=2026-01-01&to=2026-04-02"))
                        .path("days")
                        .size())
                .isEqualTo(92);
        assertProblem(api.get(path + "zone=Mars/Olympus"), 400, "time zone");
        assertProblem(api.get(path + "top=0"), 400, "'top'");
        assertProblem(api.get(path + "top=many"), 400, "'top'");
        assertProblem(api.get(path + "groupId=abc"), 400, "'groupId'");
        assertProblem(api.get(path + "groupId=0"), 400, "'groupId'");
        assertProblem(api.get(path + "groupId=999999999"), 404, "999999999");
        assertThat(api.withToken("not-a-token-at-all-x")
                        .get("/api/v1/dashboard")
                        .status())
                .isEqualTo(401);
    }

    /**
     * Day 1 (Beijing) 109.90 + 25.00 + 14.00, the last at 23:59:59; day 2 from 00:00:00 29.95, and a cancelled
     * order, a refunded one and an order of a deal cancelled later; day 4 (today) 75.00.
     */
    private Seeded seed() {
        Seeded s = new Seeded();
        s.g1 = group("一群" + tag);
        s.g2 = group("二群" + tag);
        s.strawberry =
                created(api.post("/api/v1/products", "{\"name\":\"草莓" + tag + "\",\"unit\":\"盒\",\"price\":25}"));
        long fruit =
                deal("水果", List.of(s.g1, s.g2), item("A", "草莓" + tag, "盒", "25"), item("B", "车厘子" + tag, "斤", "59.9"));
        long greens = deal("青菜", List.of(s.g1), item("C", "青菜" + tag, "把", "3.5"));
        long mangoes = deal("芒果", List.of(s.g2), item("D", "芒果" + tag, "个", "10"));

        at(day, "10:00:00");
        order(fruit, s.g1, "张三", "A", "2", "B", "1");
        order(fruit, s.g2, "李四", "A", "1");
        at(day, "23:59:59");
        order(greens, s.g1, "王五", "C", "4");
        at(day.plusDays(1), "00:00:00");
        order(fruit, s.g2, "赵六", "B", "0.5");
        ok(api.post("/api/v1/orders/" + order(fruit, s.g1, "孙七", "A", "1") + "/cancel", ""));
        order(mangoes, s.g2, "周八", "D", "3");
        ok(api.post("/api/v1/deals/" + mangoes + "/cancel", ""));
        long refunded = order(greens, s.g1, "吴九", "C", "2");
        ok(api.post("/api/v1/orders/" + refunded + "/payment", "{\"status\":\"paid\"}"));
        ok(api.post("/api/v1/orders/" + refunded + "/payment", "{\"status\":\"refunded\"}"));
        at(day.plusDays(3), "09:00:00");
        order(fruit, s.g1, "郑十", "A", "3");
        return s;
    }

    static final class Seeded {
        long g1;
        long g2;
        long strawberry;
    }

    private void at(LocalDate date, String localTime) {
        Instant target = date.atTime(java.time.LocalTime.parse(localTime))
                .atZone(SHANGHAI)
                .toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private static List<String> days(JsonNode shown) {
        List<String> days = new ArrayList<>();
        for (JsonNode d : shown.path("days")) {
            days.add(d.path("date").asString() + " " + figures(d));
        }
        return days;
    }

    private static String figures(JsonNode f) {
        return f.path("orders").asInt() + " " + f.path("items").asInt() + " "
                + f.path("quantity").decimalValue().toPlainString() + " "
                + amount(f);
    }

    /** The amount as the JSON has it, with its two decimals (read back as a double it loses trailing zeros). */
    private static String amount(JsonNode figures) {
        return figures.path("amount").decimalValue().setScale(2).toPlainString();
    }

    private long group(String name) {
        return created(api.post(
                "/api/v1/groups",
                "{\"platform\":\"sandbox\",\"chatId\":\"g-" + UUID.randomUUID() + "\",\"name\":\"" + name
                        + "\",\"leaders\":[{\"userId\":\"L-" + tag + "\",\"name\":\"团长\"}]}"));
    }

    private long deal(String title, List<Long> groups, String... items) {
        return created(api.post(
                "/api/v1/deals",
                "{\"title\":\"" + title + tag + "\",\"groupIds\":" + groups + ",\"catalog\":[" + String.join(",", items)
                        + "],\"pickup\":\"东门自提\"}"));
    }

    private static String item(String sku, String name, String unit, String price) {
        return "{\"sku\":\"" + sku + "\",\"name\":\"" + name + "\",\"unit\":\"" + unit + "\",\"price\":" + price + "}";
    }

    private long order(long deal, long group, String name, String... skuQty) {
        List<String> items = new ArrayList<>();
        for (int i = 0; i < skuQty.length; i += 2) {
            items.add("{\"sku\":\"" + skuQty[i] + "\",\"qty\":" + skuQty[i + 1] + "}");
        }
        return created(api.post(
                "/api/v1/deals/" + deal + "/orders",
                "{\"name\":\"" + name + "\",\"groupId\":" + group + ",\"items\":" + items + "}"));
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
