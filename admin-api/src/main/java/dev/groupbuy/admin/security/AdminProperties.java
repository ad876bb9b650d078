package dev.groupbuy.admin.security;

import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who may call the admin API.
 *
 * @param tokens bearer tokens accepted on {@code /api/**} ({@code groupbuy.admin.tokens}, env
 *     {@code GROUPBUY_ADMIN_TOKEN}); blank entries are ignored
 * @param generateToken when no token is configured, generate one and keep it in {@code tokenFile}
 *     (embedded default); when false, a missing token stops the application from starting (prod)
 * @param tokenFile where a generated token is kept; defaults to {@code ${groupbuy.data-dir}/admin-token}
 * @param readOnlyTokens tokens that may only read ({@code GET}); anything else gets 403 (for dashboards)
 */
@ConfigurationProperties("groupbuy.admin")
public record AdminProperties(List<String> tokens, boolean generateToken, Path tokenFile, List<String> readOnlyTokens) {

    public AdminProperties {
        tokens = nonBlank(tokens);
        readOnlyTokens = nonBlank(readOnlyTokens);
    }

    private static List<String> nonBlank(List<String> tokens) {
        return tokens == null
                ? List.of()
                : tokens.stream()
                        .filter(t -> t != null && !t.isBlank())
                        .map(String::strip)
                        .toList();
    }
}
