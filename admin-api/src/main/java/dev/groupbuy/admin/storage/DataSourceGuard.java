package dev.groupbuy.admin.storage;

import com.zaxxer.hikari.HikariDataSource;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Puts the application's data source in its safe shape before anything uses it: an embedded H2 database gets
 * a private folder ({@link PrivateDirectory}; checked again once Flyway has created the files on a first
 * start) and no trace file; every data source throws SQL exceptions without values ({@link ValueFreeDataSource}).
 */
final class DataSourceGuard implements BeanPostProcessor, SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DataSourceGuard.class);

    private final List<String> ownFileNames;
    private PrivateDirectory h2Directory;

    /**
     * @param ownFileNames names of the service's other files that may live in the database's folder (the admin
     *     token, the export secret), each also the start of its temporary files' names
     */
    DataSourceGuard(List<String> ownFileNames) {
        this.ownFileNames = List.copyOf(ownFileNames);
    }

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource hikari) {
            String url = hikari.getJdbcUrl();
            H2FileDatabase.of(url).ifPresent(database -> {
                String quiet = H2FileDatabase.withoutTraceFile(url);
                if (!quiet.equals(url)) {
                    hikari.setJdbcUrl(quiet);
                    log.info("H2's trace file is off (TRACE_LEVEL_FILE=0): it would keep failed statements' values");
                }
                h2Directory = new PrivateDirectory(
                        database.directory(),
                        name -> database.ownsFile(name) || ownFileNames.stream().anyMatch(name::startsWith));
                h2Directory.secure();
            });
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ValueFreeDataSource)) {
            return new ValueFreeDataSource(dataSource);
        }
        return bean;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (h2Directory != null) {
            h2Directory.secureNewFiles();
        }
    }
}
