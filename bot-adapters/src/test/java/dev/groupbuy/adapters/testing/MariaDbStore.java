package dev.groupbuy.adapters.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.TestPropertySource;

/**
 * The Spring test runs on the local MariaDB, database {@value #DATABASE} (recreated once per run), through
 * MySQL Connector/J.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@RequiresMariaDb(database = MariaDbStore.DATABASE)
@TestPropertySource(
        properties = {
            "spring.datasource.url=jdbc:mysql://${groupbuy.it.mariadb.host:127.0.0.1}:${groupbuy.it.mariadb.port:3306}/"
                    + MariaDbStore.DATABASE
                    + "?characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true",
            "spring.datasource.username=${groupbuy.it.mariadb.user:root}",
            "spring.datasource.password=${groupbuy.it.mariadb.password:}",
            "spring.flyway.locations=classpath:db/migration,classpath:db/quartz/{vendor}"
        })
public @interface MariaDbStore {

    String DATABASE = "groupbuy_test";
}
