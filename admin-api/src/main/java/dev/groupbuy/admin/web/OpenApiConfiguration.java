package dev.groupbuy.admin.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description: bearer authentication and the problem responses every operation may give. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    private static final String BEARER = "bearer";
    private static final Map<String, String> PROBLEMS = Map.of(
            "400", "Malformed JSON, a wrong type or a missing field (the detail names it)",
            "401", "Missing or invalid bearer token",
            "403", "A read-only token used for a write",
            "413", "Request body over 1 MB",
            "415", "Content type other than application/json",
            "500", "Unexpected failure (no details are given)");

    @Bean
    OpenAPI groupbuyOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("groupbuy-bot admin API")
                        .version("v1")
                        .description("Groups, deals, orders and 接龙 parsing. Errors are RFC 7807 problem JSON.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .description("One of groupbuy.admin.tokens / GROUPBUY_ADMIN_TOKEN"))
                        .addSchemas("Problem", problemSchema()))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    OpenApiCustomizer problemResponses() {
        return openApi -> openApi.getPaths().values().stream()
                .flatMap(path -> path.readOperations().stream())
                .forEach(OpenApiConfiguration::addProblems);
    }

    private static void addProblems(Operation operation) {
        Content problem = new Content()
                .addMediaType(
                        "application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")));
        PROBLEMS.forEach((code, description) -> operation
                .getResponses()
                .putIfAbsent(code, new ApiResponse().description(description).content(problem)));
    }

    private static Schema<?> problemSchema() {
        return new ObjectSchema()
                .description("RFC 7807 problem details")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema())
                .addProperty("instance", new StringSchema());
    }
}
