package dev.groupbuy.admin.storage;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** Data at rest: the embedded database's folder and files private to this user, no values in SQL errors. */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean
    static DataSourceGuard dataSourceGuard(Environment environment) {
        String dataDir = environment.getProperty("groupbuy.data-dir", "./data");
        String tokenFile = environment.getProperty("groupbuy.admin.token-file", dataDir + "/admin-token");
        return new DataSourceGuard(Path.of(tokenFile).getFileName().toString());
    }
}
