package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Health, the OpenAPI description, Swagger UI and the console's pages answer without a token; the API tells a
 * token's role.
 */
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

    @ParameterizedTest
    @ValueSource(strings = {"/", "/index.html", "/sandbox"})
    void theConsolePagesAreServedWithoutATokenAndAllowOnlyThisServersScripts(String path) {
        ApiClient.Response page = anonymous.get(path);

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<html lang=\"zh-CN\">", "团购助手", "type=\"module\"");
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'", "connect-src 'self'", "frame-ancestors 'none'")
                .doesNotContain("unsafe-inline", "http");
        assertThat(page.body()).as("no CDN").doesNotContain("https://", "http://");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/console/app.css",
                "/console/js/console.js",
                "/console/js/sandbox.js",
                "/console/js/api.js",
                "/console/js/pages/deal.js"
            })
    void theConsoleFilesAreServedWithoutAToken(String path) {
        ApiClient.Response file = anonymous.get(path);

        assertThat(file.status()).as(path).isEqualTo(200);
        assertThat(file.contentType()).matches("(text/css|text/javascript|application/javascript).*");
        assertThat(file.body()).as("no CDN").doesNotContain("https://", "http://");
        assertThat(anonymous.get("/console/js/nowhere.js").status()).isEqualTo(404);
    }

    @Test
    void theSessionTellsAnOperatorFromAReadOnlyTokenAndRefusesNone() {
        JsonNode operator =
                anonymous.withToken(TestTokens.SECOND).get("/api/v1/session").json();
        JsonNode viewer =
                anonymous.withToken(TestTokens.VIEWER).get("/api/v1/session").json();

        assertThat(operator.path("role").asString()).isEqualTo("operator");
        assertThat(operator.path("readOnly").asBoolean()).isFalse();
        assertThat(operator.path("sandbox").asBoolean()).isTrue();
        assertThat(viewer.path("role").asString()).isEqualTo("read-only");
        assertThat(viewer.path("readOnly").asBoolean()).isTrue();
        ProblemAssertions.assertProblem(anonymous.get("/api/v1/session"), 401, "Authorization");
        ProblemAssertions.assertProblem(
                anonymous.withToken(TestTokens.ADMIN + "-wrong").get("/api/v1/session"), 401, "not valid");
    }
}
