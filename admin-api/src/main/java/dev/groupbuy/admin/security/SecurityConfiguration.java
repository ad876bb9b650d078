package dev.groupbuy.admin.security;

import dev.groupbuy.admin.web.ProblemWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Bearer-token protection of {@code /api/**}; health, OpenAPI docs and Swagger UI stay open. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

    @Bean
    AdminTokens adminTokens(AdminProperties properties, @Value("${groupbuy.data-dir:./data}") Path dataDir) {
        if (!properties.tokens().isEmpty()) {
            return new AdminTokens(properties.tokens());
        }
        if (!properties.generateToken()) {
            throw new IllegalStateException("No admin API token configured: set GROUPBUY_ADMIN_TOKEN "
                    + "(or groupbuy.admin.tokens) to one or more comma-separated tokens");
        }
        Path file = properties.tokenFile() != null ? properties.tokenFile() : dataDir.resolve("admin-token");
        return new AdminTokens(List.of(new AdminTokenFile(file, new SecureRandom()).readOrGenerate()));
    }

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(
            AdminTokens tokens, AdminProperties properties, ProblemWriter problems) {
        AdminTokens readOnly = new AdminTokens(properties.readOnlyTokens());
        FilterRegistrationBean<BearerTokenFilter> registration =
                new FilterRegistrationBean<>(new BearerTokenFilter(tokens, readOnly, problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
