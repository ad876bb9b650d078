package dev.groupbuy.admin;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code POST /api/v1/chains/parse} answers with the parser's reading, field for field. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/api-errors",
            "groupbuy.admin.tokens=" + TestTokens.ADMIN + ", " + TestTokens.SECOND,
            "groupbuy.admin.read-only-tokens=" + TestTokens.VIEWER
        })
class ChainParseIntegrationTests {

    private static final String CATALOG = """
            [{"sku":"A","name":"丹东草莓","aliases":["草莓"],"unit":"盒","price":25},
             {"sku":"B","name":"阳光玫瑰","aliases":["葡萄"],"unit":"串","price":30}]""";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, TestTokens.ADMIN);
    }

    @Test
    void readsAChainIntoEntriesWithItems() {
        String text = "#接龙\\n丹东草莓 25元一盒\\n\\n1. 张三 草莓2盒\\n2. 李四 葡萄1串";

        ApiClient.Response response =
                api.post("/api/v1/chains/parse", "{\"text\":\"%s\",\"catalog\":%s}".formatted(text, CATALOG));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode chain = response.json();
        assertThat(chain.path("isChain").asBoolean()).isTrue();
        assertThat(chain.has("title")).isTrue();
        List<JsonNode> entries = chain.path("entries").valueStream().toList();
        assertThat(entries).extracting(e -> e.path("seq").asInt()).containsExactly(1, 2);
        assertThat(entries).extracting(e -> e.path("name").asString()).containsExactly("张三", "李四");
        JsonNode first = entries.get(0);
        assertThat(first.path("items").get(0).path("sku").asString()).isEqualTo("A");
        assertThat(first.path("items").get(0).path("qty").isNumber()).isTrue();
        assertThat(first.path("items").get(0).path("qty").asInt()).isEqualTo(2);
        assertThat(first.path("cancelled").isBoolean()).isTrue();
        assertThat(first.path("review").isBoolean()).isTrue();
        assertThat(first.path("reason").isNull())
                .as("no reason without a review")
                .isTrue();
        for (String field : List.of("note", "line")) {
            assertThat(first.path(field).isString()).as(field).isTrue();
        }
        assertThat(first.path("line").asString()).contains("张三");
    }

    @Test
    void saysWhenAMessageIsNoChain() {
        ApiClient.Response response =
                api.post("/api/v1/chains/parse", "{\"text\":\"大家好，明天几点取货？\",\"catalog\":" + CATALOG + "}");

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().path("isChain").asBoolean()).isFalse();
        assertThat(response.json().path("entries").isEmpty()).isTrue();
    }

    @Test
    void refusesACatalogPastTheParserCapsWith422() {
        String tooLong = "[{\"sku\":\"A\",\"name\":\"%s\",\"price\":1}]".formatted("草".repeat(65));
        assertProblem(
                api.post("/api/v1/chains/parse", "{\"text\":\"接龙\",\"catalog\":" + tooLong + "}"),
                422,
                "catalog[0].name is longer than 64 characters");
        assertProblem(
                api.post("/api/v1/chains/parse", "{\"text\":\"接龙\",\"catalog\":" + hostileCatalog(501, 0) + "}"),
                422,
                "at most 500 products, this one has 501");
        assertProblem(
                api.post("/api/v1/chains/parse", "{\"text\":\"接龙\",\"catalog\":" + hostileCatalog(500, 4) + "}"),
                422,
                "at most 2000 product names and aliases in all, this one has 2500");
    }

    /**
     * The probe that took 39 s: a catalog at the caps whose 2,000 words share a 60-character prefix, and
     * a chain filling the rest of the 1 MB body with lines of that prefix's character. The client's 30 s
     * request timeout is the only bound (a guard against a hang, not a speed test).
     */
    @Test
    void readsAChainFillingTheBodyAgainstACatalogOfWordsSharingLongPrefixes() {
        String catalog = hostileCatalog(500, 3);
        StringBuilder text = new StringBuilder("#接龙\\n");
        int lines = 0;
        while (catalog.getBytes(StandardCharsets.UTF_8).length + text.length() * 3 < 1_000_000) {
            lines++;
            text.append(lines).append(". 邻居 ").append("草".repeat(480)).append(" 2盒\\n");
        }
        lines++;
        text.append(lines).append(". 王五 ").append("草".repeat(60)).append("莓007 2盒");

        ApiClient.Response response =
                api.post("/api/v1/chains/parse", "{\"text\":\"%s\",\"catalog\":%s}".formatted(text, catalog));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<JsonNode> entries = response.json().path("entries").valueStream().toList();
        assertThat(entries).hasSize(lines);
        JsonNode last = entries.get(lines - 1);
        assertThat(last.path("items").get(0).path("sku").asString()).isEqualTo("S7");
        assertThat(last.path("items").get(0).path("qty").asInt()).isEqualTo(2);
    }

    /**
     * Products S0… named 60 × 草 + 莓 + number (64 characters), each with aliases 56 × 草 + another fruit +
     * number (60, the column's size).
     */
    private static String hostileCatalog(int products, int aliases) {
        String prefix = "草".repeat(60);
        List<String> items = new ArrayList<>();
        for (int k = 0; k < products; k++) {
            String n = String.format("%03d", k);
            List<String> words = new ArrayList<>();
            for (int a = 0; a < aliases; a++) {
                words.add("\"" + prefix.substring(4) + "蓝桃梨杏".charAt(a) + n + "\"");
            }
            items.add("{\"sku\":\"S%d\",\"name\":\"%s\",\"aliases\":[%s],\"unit\":\"盒\",\"price\":1}"
                    .formatted(k, prefix + "莓" + n, String.join(",", words)));
        }
        return "[" + String.join(",", items) + "]";
    }
}
