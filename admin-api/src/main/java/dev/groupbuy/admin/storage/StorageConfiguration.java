package dev.groupbuy.admin.storage;

import java.nio.file.Path;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Data at rest: the embedded database's folder and files private to this user, no values in SQL errors. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    static DataSourceGuard dataSourceGuard(Environment environment) {
        String dataDir = environment.getProperty("groupbuy.data-dir", "./data");
        return new DataSourceGuard(List.of(
                fileName(environment, "groupbuy.admin.token-file", dataDir + "/admin-token"),
                fileName(environment, "groupbuy.exports.secret-file", dataDir + "/export-secret")));
    }

    private static String fileName(Environment environment, String property, String fallback) {
        return Path.of(environment.getProperty(property, fallback))
                .getFileName()
                .toString();
    }
}
