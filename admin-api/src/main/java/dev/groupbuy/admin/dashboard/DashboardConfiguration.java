package dev.groupbuy.admin.dashboard;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.report.dashboard.Dashboard;
import dev.groupbuy.core.report.dashboard.SalesFigures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The dashboard's use case on the store's grouped counts. */
@Configuration(proxyBeanMethods = false)
class DashboardConfiguration {

    @Bean
    Dashboard dashboard(ActionPorts ports, SalesFigures figures) {
        return new Dashboard(ports, figures);
    }
}
