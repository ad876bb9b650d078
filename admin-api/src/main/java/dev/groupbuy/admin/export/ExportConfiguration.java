package dev.groupbuy.admin.export;

import dev.groupbuy.core.report.ExportLinks;
import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Signed, expiring download links for workbooks. The secret is configured ({@code GROUPBUY_EXPORTS_SECRET},
 * required in prod, where instances share it) or, on the embedded default, generated once and kept beside
 * the admin token.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExportProperties.class)
class ExportConfiguration {

    @Bean
    ExportTokens exportTokens(
            ExportProperties properties, Clock clock, @Value("${groupbuy.data-dir:./data}") Path dataDir) {
        return new ExportTokens(secret(properties, dataDir), clock, properties.linkTtl());
    }

    @Bean
    ExportLinks exportLinks(ExportTokens tokens, @Value("${groupbuy.public-url}") String publicUrl) {
        return new SignedExportLinks(tokens, publicUrl);
    }

    private static String secret(ExportProperties properties, Path dataDir) {
        if (!properties.secret().isEmpty()) {
            return properties.secret();
        }
        if (!properties.generateSecret()) {
            throw new IllegalStateException("No export link secret configured: set GROUPBUY_EXPORTS_SECRET "
                    + "(or groupbuy.exports.secret), the same on every instance");
        }
        Path file = properties.secretFile() != null ? properties.secretFile() : dataDir.resolve("export-secret");
        return ExportSecretFile.readOrGenerate(file);
    }
}
