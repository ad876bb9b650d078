package dev.groupbuy.admin;

import static dev.groupbuy.admin.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Bad requests of every kind get the right 4xx problem JSON, never a 500 or a stack trace. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "groupbuy.data-dir=./target/it-data/api-errors",
            "groupbuy.admin.tokens=" + TestTokens.ADMIN + ", " + TestTokens.SECOND,
            "groupbuy.admin.read-only-tokens=" + TestTokens.VIEWER
        })
class ApiErrorsIntegrationTests {

    private static final int ONE_MB = 1024 * 1024;

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port, TestTokens.ADMIN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/groups", "/api/v1/deals", "/api/v1/deals/1/orders", "/api/v1/nowhere"})
    void asksForABearerTokenWhenThereIsNone(String path) {
        ApiClient.Response response = api.withToken(null).get(path);

        assertProblem(response, 401, "Authorization: Bearer");
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void refusesAWrongTokenAndOtherSchemes() {
        ApiClient.Response wrong = api.withToken("test-admin-token-3").get("/api/v1/groups");
        assertProblem(wrong, 401, "not valid");
        assertThat(wrong.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");

        ApiClient.Response basic =
                api.send(api.withToken(null).request("/api/v1/groups").header("Authorization", "Basic dDE6dDE="));
        assertProblem(basic, 401, "Bearer");
        assertProblem(api.withToken(TestTokens.ADMIN + "x").get("/api/v1/groups"), 401, "not valid");
        assertProblem(
                api.withToken(TestTokens.ADMIN.toUpperCase(java.util.Locale.ROOT))
                        .get("/api/v1/groups"),
                401,
                "not valid");
    }

    @Test
    void acceptsEveryConfiguredToken() {
        assertThat(api.get("/api/v1/groups").status()).isEqualTo(200);
        assertThat(api.withToken(TestTokens.SECOND).get("/api/v1/groups").status())
                .isEqualTo(200);
    }

    @Test
    void letsAReadOnlyTokenReadButNotWrite() {
        ApiClient viewer = api.withToken(TestTokens.VIEWER);

        assertThat(viewer.get("/api/v1/groups").status()).isEqualTo(200);
        assertThat(viewer.get("/api/v1/deals").status()).isEqualTo(200);
        assertProblem(viewer.post("/api/v1/groups", "{\"platform\":\"sandbox\",\"chatId\":\"v\"}"), 403, "only read");
        assertProblem(viewer.post("/api/v1/deals/1/close", ""), 403, "only read");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/groups", "/api/v1/deals", "/api/v1/chains/parse"})
    void reportsMalformedJsonWithItsPosition(String path) {
        assertProblem(api.post(path, "{\"title\": \"草莓\",,}"), 400, "malformed JSON at line 1");
        assertProblem(api.post(path, "[1, 2"), 400, "");
        assertProblem(api.post(path, ""), 400, "missing");
    }

    @ParameterizedTest
    @MethodSource("malformedJson")
    void saysWhatIsWrongWithMalformedJsonInPlainWords(String body, String said) {
        ApiClient.Response response = api.post("/api/v1/chains/parse", body);

        assertProblem(response, 400, said);
        assertThat(response.json().path("detail").asString())
                .doesNotContain("Feature", "Constraints", "`", "Jackson", "jackson", "JsonToken", "REDACTED", "code ");
    }

    static Stream<Arguments> malformedJson() {
        return Stream.of(
                Arguments.of("{\"text\": NaN}", "NaN and Infinity are not JSON numbers"),
                Arguments.of("{\"text\": \"a\", \"catalog\": [{\"price\": -Infinity}]}", "not JSON numbers"),
                Arguments.of("{/* note */ \"text\": \"a\"}", "comments are not allowed"),
                Arguments.of("{'text': 'a'}", "property names must be in double quotes"),
                Arguments.of("{text: \"a\"}", "property names must be in double quotes"),
                Arguments.of("{\"text\": \"a\",}", "trailing comma"),
                Arguments.of("{\"text\": \"a\nb\"}", "control character"),
                Arguments.of("{\"text\": \"a\", \"catalog\": [{\"price\": 01}]}", "leading zero"),
                Arguments.of("{\"text\": \"a\", \"catalog\": [{\"price\": +1}]}", "'+'"),
                Arguments.of("{\"text\": \"a\\x\"}", "escape"),
                Arguments.of("{\"text\": tru}", "true, false or null"),
                Arguments.of("{\"text\": \"a\"", "ends before"),
                Arguments.of("{\"text\": \"a\"} {}", "more than one JSON value"),
                Arguments.of("[\"text\"]", "must be a JSON object"),
                Arguments.of("{\"text\": \"a\", \"catalog\": [{\"stock\": 99999999999}]}", "'catalog[0].stock'"),
                Arguments.of("{\"text\": \"a\", \"catalog\": [{\"price\": 1" + "0".repeat(1200) + "}]}", "digits"),
                Arguments.of(
                        "{\"text\": \"a\", \"extra\": " + "[".repeat(1200) + "]".repeat(1200) + "}",
                        "nested too deeply"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/groups", "/api/v1/deals", "/api/v1/chains/parse"})
    void refusesOtherContentTypes(String path) {
        assertProblem(api.post(path, "text/plain", BodyPublishers.ofString("hello")), 415, "text/plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/groups", "/api/v1/deals", "/api/v1/chains/parse"})
    void refusesBodiesOverOneMegabyteByContentLength(String path) {
        assertProblem(api.post(path, jsonOfSize(ONE_MB + 1)), 413, "limit of 1048576 bytes");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/groups", "/api/v1/deals", "/api/v1/chains/parse"})
    void refusesChunkedBodiesOverOneMegabyte(String path) {
        byte[] body = jsonOfSize(ONE_MB + ONE_MB / 4).getBytes(StandardCharsets.UTF_8);

        ApiClient.Response response = api.postChunked(path, () -> new ByteArrayInputStream(body));

        assertThat(response.raw().request().headers().firstValue("Content-Length"))
                .isEmpty();
        assertProblem(response, 413, "limit of 1048576 bytes");
    }

    @Test
    void acceptsABodyJustUnderTheLimit() {
        String text = "x".repeat(ONE_MB - 100);
        ApiClient.Response response = api.post("/api/v1/chains/parse", "{\"text\":\"" + text + "\",\"catalog\":[{}]}");

        assertProblem(response, 400, "catalog[0].sku");
    }

    @Test
    void answersUnknownRoutesAndMethodsWithProblems() {
        assertProblem(api.get("/api/v1/nowhere"), 404, "");
        assertProblem(api.send("DELETE", "/api/v1/groups"), 405, "DELETE");
        assertProblem(api.send("PUT", "/api/v1/deals/1/close"), 405, "PUT");
    }

    @Test
    void namesWhatIsWrongWithAParseRequest() {
        assertProblem(api.post("/api/v1/chains/parse", "{\"catalog\":[]}"), 400, "text");
        assertProblem(api.post("/api/v1/chains/parse", "{\"text\":[1]}"), 400, "field 'text' must be a string");
        assertProblem(
                api.post("/api/v1/chains/parse", "{\"text\":\"接龙\",\"catalog\":[{\"name\":\"草莓\"}]}"),
                400,
                "catalog[0].sku");
        assertProblem(
                api.post(
                        "/api/v1/chains/parse",
                        "{\"text\":\"接龙\",\"catalog\":[{\"sku\":\"A\",\"name\":\"草莓\"},{\"sku\":\"A\",\"name\":\"莓\"}]}"),
                422,
                "more than once");
        assertProblem(
                api.post(
                        "/api/v1/chains/parse",
                        "{\"text\":\"接龙\",\"catalog\":[{\"sku\":\"A\",\"name\":\"草莓\",\"price\":-2}]}"),
                422,
                "negative price");
    }

    @Test
    void takesJsonTypesAtTheirWord() {
        assertProblem(
                api.post("/api/v1/groups", "{\"platform\":true,\"chatId\":\"c\"}"), 400, "'platform' must be a string");
        assertProblem(
                api.post("/api/v1/groups", "{\"platform\":\"p\",\"chatId\":6}"), 400, "'chatId' must be a string");
        assertProblem(
                api.post("/api/v1/deals", "{\"title\":\"t\",\"groupIds\":[\"1\"],\"catalog\":[]}"),
                400,
                "'groupIds[0]' must be a whole number");
        assertProblem(
                api.post("/api/v1/deals", "{\"title\":\"t\",\"groupIds\":[1.5],\"catalog\":[]}"),
                400,
                "'groupIds[0]' must be a whole number");
        assertProblem(
                api.post(
                        "/api/v1/chains/parse",
                        "{\"text\":\"a\",\"catalog\":[{\"sku\":\"A\",\"name\":\"n\",\"price\":\"25\"}]}"),
                400,
                "'catalog[0].price' must be a number");
    }

    @Test
    void answersWhatTomcatRefusesAndTheErrorPageAsProblemsToo() throws Exception {
        String malformedUrl = raw("GET /api/v1/groups/%zz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        assertThat(malformedUrl).startsWith("HTTP/1.1 400").contains("application/problem+json");
        assertThat(malformedUrl).doesNotContainIgnoringCase("<html").doesNotContain("Tomcat");

        assertProblem(api.get("/error"), 404, "Not Found");
    }

    @Test
    void answersBeforeABodyThatIsNotComingAndClosesTheConnectionInsteadOfWaitingForIt() throws Exception {
        String answer = raw("POST /api/v1/groups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                + "Content-Length: 1000000\r\n\r\n{\"platform\":");

        assertThat(answer).startsWith("HTTP/1.1 401").containsIgnoringCase("Connection: close");
    }

    @Test
    void keepsTheConnectionOfARefusedRequestWhoseSmallBodyArrivedWithIt() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            String body = "{\"platform\":\"sandbox\"}";
            String request = "POST /api/v1/groups HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length() + "\r\n\r\n" + body;
            socket.getOutputStream().write((request + request).getBytes(StandardCharsets.US_ASCII));

            StringBuilder answers = new StringBuilder();
            String end = "\"instance\":\"/api/v1/groups\"}";
            while (answers.toString().split(end, -1).length < 3) {
                int b = socket.getInputStream().read();
                assertThat(b)
                        .as("the connection stays open for the second answer: %s", answers)
                        .isNotNegative();
                answers.append((char) b);
            }

            assertThat(answers.toString().split("HTTP/1.1 401", -1)).hasSize(3);
            assertThat(answers).doesNotContainIgnoringCase("Connection: close");
        }
    }

    private String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String jsonOfSize(int bytes) {
        String head = "{\"text\":\"";
        return head + "a".repeat(bytes - head.length() - 2) + "\"}";
    }
}
