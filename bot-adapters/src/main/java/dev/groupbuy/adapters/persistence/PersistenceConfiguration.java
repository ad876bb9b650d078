package dev.groupbuy.adapters.persistence;

import com.baomidou.mybatisplus.autoconfigure.ConfigurationCustomizer;
import dev.groupbuy.adapters.persistence.chat.ChatPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.commission.CommissionPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.deal.DealPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.group.GroupPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.history.HistoryPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.order.OrderPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.platform.PlatformPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.product.ProductPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.sandbox.SandboxPersistenceConfiguration;
import dev.groupbuy.adapters.persistence.schedule.SchedulePersistenceConfiguration;
import dev.groupbuy.adapters.persistence.signup.SignUpPersistenceConfiguration;
import dev.groupbuy.core.store.Transactions;
import java.time.Instant;
import org.apache.ibatis.annotations.Mapper;
import org.mybatis.spring.annotation.MapperScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The MyBatis-Plus persistence adapters as the core's ports: {@code GroupRepository}, {@code DealRepository},
 * {@code OrderRepository}, {@code Inbox}, {@code Outbox}, {@code SignUpLedger}, the back office's {@code
 * ProductRepository}, {@code SupplierRepository}, {@code CommissionRates} and {@code ChangeLog}, and {@link
 * Transactions}. Needs a {@code DataSource}
 * (Boot builds it, Flyway migrates it with {@code classpath:db/migration}); the adapters use the application's
 * {@code Clock} bean when there is one, else the UTC system clock.
 */
@Configuration(proxyBeanMethods = false)
@MapperScan(basePackages = "dev.groupbuy.adapters.persistence", annotationClass = Mapper.class)
@Import({
    GroupPersistenceConfiguration.class,
    DealPersistenceConfiguration.class,
    OrderPersistenceConfiguration.class,
    ChatPersistenceConfiguration.class,
    SignUpPersistenceConfiguration.class,
    PlatformPersistenceConfiguration.class,
    ProductPersistenceConfiguration.class,
    CommissionPersistenceConfiguration.class,
    HistoryPersistenceConfiguration.class,
    SandboxPersistenceConfiguration.class,
    SchedulePersistenceConfiguration.class
})
public class PersistenceConfiguration {

    @Bean
    ConfigurationCustomizer utcInstants() {
        return configuration ->
                configuration.getTypeHandlerRegistry().register(Instant.class, new UtcInstantTypeHandler());
    }

    @Bean
    Transactions transactions(PlatformTransactionManager transactionManager) {
        return new SpringTransactions(transactionManager);
    }
}
