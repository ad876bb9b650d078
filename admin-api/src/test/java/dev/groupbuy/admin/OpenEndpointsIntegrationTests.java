package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Health, the OpenAPI description and Swagger UI answer without a token. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/api-errors",
            "groupbuy.admin.tokens=" + TestTokens.ADMIN + ", " + TestTokens.SECOND,
            "groupbuy.admin.read-only-tokens=" + TestTokens.VIEWER
        })
class OpenEndpointsIntegrationTests {

    @LocalServerPort
    int port;

    ApiClient anonymous;

    @BeforeEach
    void client() {
        anonymous = new ApiClient(port, null);
    }

    @Test
    void healthIsUpWithoutAToken() {
        ApiClient.Response health = anonymous.get("/actuator/health");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theOpenApiDescriptionCoversEveryEndpointAndTheBearerScheme() {
        ApiClient.Response docs = anonymous.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        JsonNode api = docs.json();
        assertThat(api.path("paths").propertyNames())
                .contains(
                        "/api/v1/groups",
                        "/api/v1/groups/{id}",
                        "/api/v1/deals",
                        "/api/v1/deals/{id}",
                        "/api/v1/deals/{id}/close",
                        "/api/v1/deals/{id}/orders",
                        "/api/v1/chains/parse");
        JsonNode scheme = api.path("components").path("securitySchemes").path("bearer");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(api.path("security").get(0).has("bearer")).isTrue();
        JsonNode post = api.path("paths").path("/api/v1/deals").path("post");
        assertThat(post.path("responses").has("401")).isTrue();
        assertThat(post.path("responses").has("413")).isTrue();
        assertThat(post.path("summary").asString()).contains("Open a deal");
        JsonNode parsed =
                api.path("components").path("schemas").path("ParsedChainView").path("properties");
        assertThat(parsed.propertyNames()).contains("isChain", "title", "entries");
    }

    @Test
    void swaggerUiIsServed() {
        ApiClient.Response ui = anonymous.get("/swagger-ui.html");
        if (ui.status() / 100 == 3) {
            ui = anonymous.get(ui.header("Location").replaceFirst("^https?://[^/]+", ""));
        }
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).containsIgnoringCase("swagger");
    }
}
