package dev.groupbuy.adapters.persistence.order;

import dev.groupbuy.adapters.persistence.StoreClock;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.report.dashboard.SalesFigures;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Orders, their items and history, and the dashboard's counts of them, in the database (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class OrderPersistenceConfiguration {

    @Bean
    OrderRepository orderRepository(
            OrderMapper orders,
            OrderItemMapper items,
            OrderHistoryMapper history,
            Transactions transactions,
            ObjectProvider<Clock> clock) {
        return new OrderPersistenceAdapter(new OrderTables(orders, items, history), transactions, StoreClock.of(clock));
    }

    @Bean
    SalesFigures salesFigures(SalesFiguresMapper rows) {
        return new SalesFiguresPersistenceAdapter(rows);
    }
}
