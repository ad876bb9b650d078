package dev.groupbuy.adapters.schedule;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.quartz.SchedulerConfigException;
import org.quartz.spi.ClassLoadHelper;
import org.quartz.spi.SchedulerSignaler;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.scheduling.quartz.LocalDataSourceJobStore;
import org.springframework.scheduling.quartz.SchedulerFactoryBean;

/**
 * Spring's {@link LocalDataSourceJobStore}, but with data source names of its own in Quartz's JVM-wide {@link
 * DBConnectionManager}. Spring registers them under the scheduler's name, which every instance of a cluster
 * shares; two application contexts in one JVM (tests that start a second instance) then both use whichever
 * data source was registered last — another database, or a pool already closed. Configured as
 * {@code org.quartz.jobStore.class}; everything else is Spring's (transactions joined, connections released).
 */
public class OwnDataSourceJobStore extends LocalDataSourceJobStore {

    private static final AtomicInteger STORES = new AtomicInteger();

    @Override
    public void initialize(ClassLoadHelper loadHelper, SchedulerSignaler signaler) throws SchedulerConfigException {
        DataSource transactional = SchedulerFactoryBean.getConfigTimeDataSource();
        DataSource nonTransactional = SchedulerFactoryBean.getConfigTimeNonTransactionalDataSource();
        super.initialize(loadHelper, signaler);
        String name = getInstanceName() + "#" + STORES.incrementAndGet();
        DataSource plain = nonTransactional != null ? nonTransactional : transactional;
        DBConnectionManager.getInstance()
                .addConnectionProvider("tx." + name, provider(() -> DataSourceUtils.doGetConnection(transactional)));
        DBConnectionManager.getInstance().addConnectionProvider("nontx." + name, provider(plain::getConnection));
        setDataSource("tx." + name);
        setNonManagedTXDataSource("nontx." + name);
    }

    private interface Connecting {
        Connection connect() throws SQLException;
    }

    private static ConnectionProvider provider(Connecting connecting) {
        return new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return connecting.connect();
            }

            @Override
            public void shutdown() {
                // the data source belongs to the application context
            }

            @Override
            public void initialize() {
                // nothing to set up
            }
        };
    }
}
