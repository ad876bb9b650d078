package dev.groupbuy.admin.security;

import dev.groupbuy.admin.web.ProblemWriter;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

    static final int FAILED_LOGINS_LOGGED_PER_MINUTE = 10;

    private static final Logger log = LoggerFactory.getLogger(BearerTokenFilter.class);

    @Bean
    AdminTokens adminTokens(AdminProperties properties, @Value("${groupbuy.data-dir:./data}") Path dataDir) {
        requireStrong(properties.readOnlyTokens(), "groupbuy.admin.read-only-tokens (GROUPBUY_ADMIN_READ_ONLY_TOKENS)");
        if (!properties.tokens().isEmpty()) {
            requireStrong(properties.tokens(), "groupbuy.admin.tokens (GROUPBUY_ADMIN_TOKEN)");
            return new AdminTokens(properties.tokens());
        }
        if (!properties.generateToken()) {
            throw new AdminTokenException(
                    "No admin API token is configured (GROUPBUY_ADMIN_TOKEN, groupbuy.admin.tokens), and generating one is off"
                            + " (groupbuy.admin.generate-token=false).",
                    "Set GROUPBUY_ADMIN_TOKEN (or groupbuy.admin.tokens) to one or more comma-separated tokens of at"
                            + " least " + AdminTokenRule.MIN_LENGTH
                            + " characters, e.g. from 'openssl rand -base64 32'.");
        }
        Path file = properties.tokenFile() != null ? properties.tokenFile() : dataDir.resolve("admin-token");
        String kept = new AdminTokenFile(file, new SecureRandom()).readOrGenerate();
        requireStrong(List.of(kept), "the admin token kept in " + file.toAbsolutePath());
        return new AdminTokens(List.of(kept));
    }

    private static void requireStrong(List<String> tokens, String where) {
        for (int i = 0; i < tokens.size(); i++) {
            int position = i + 1;
            AdminTokenRule.weakness(tokens.get(i)).ifPresent(weakness -> {
                throw new AdminTokenException(
                        "Admin API token " + position + " of " + tokens.size() + " in " + where + " is too weak: "
                                + weakness + ".",
                        "Use tokens of at least " + AdminTokenRule.MIN_LENGTH + " printable ASCII characters without"
                                + " spaces and with at least " + AdminTokenRule.MIN_DIFFERENT + " different"
                                + " characters, e.g. from 'openssl rand -base64 32'; or leave groupbuy.admin.tokens"
                                + " empty on the embedded default to have one generated.");
            });
        }
    }

    @Bean
    FilterRegistrationBean<BearerTokenFilter> bearerTokenFilter(
            AdminTokens tokens, AdminProperties properties, ProblemWriter problems, Clock clock) {
        AdminTokens readOnly = new AdminTokens(properties.readOnlyTokens());
        FailedLoginLog failures = new FailedLoginLog(
                clock, FAILED_LOGINS_LOGGED_PER_MINUTE, Duration.ofMinutes(1), line -> log.warn("{}", line));
        FilterRegistrationBean<BearerTokenFilter> registration =
                new FilterRegistrationBean<>(new BearerTokenFilter(tokens, readOnly, problems, failures));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
