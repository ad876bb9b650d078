package dev.groupbuy.adapters.persistence.product;

import dev.groupbuy.adapters.persistence.StoreClock;
import dev.groupbuy.core.product.ProductRepository;
import dev.groupbuy.core.product.SupplierRepository;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The product library and its suppliers in the database (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class ProductPersistenceConfiguration {

    @Bean
    ProductRepository productRepository(ProductMapper products, ObjectProvider<Clock> clock) {
        return new ProductPersistenceAdapter(products, StoreClock.of(clock));
    }

    @Bean
    SupplierRepository supplierRepository(SupplierMapper suppliers, ObjectProvider<Clock> clock) {
        return new SupplierPersistenceAdapter(suppliers, StoreClock.of(clock));
    }
}
