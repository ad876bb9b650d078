package dev.groupbuy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import tools.jackson.databind.JsonNode;

/** What every error answer must look like: RFC 7807 JSON with the right status, never a stack trace. */
public final class ProblemAssertions {

    private ProblemAssertions() {}

    public static JsonNode assertProblem(ApiClient.Response response, int status, String detailContains) {
        assertThat(response.status()).as("status of %s", response).isEqualTo(status);
        assertThat(response.contentType()).as("content type of %s", response).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString())
                .as("detail of %s", response)
                .contains(detailContains);
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
        return problem;
    }
}
