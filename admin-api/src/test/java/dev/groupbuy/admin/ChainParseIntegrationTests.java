package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

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
        for (String field : List.of("reason", "note", "line")) {
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
}
