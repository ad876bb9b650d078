package dev.groupbuy.admin.usecase;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.BackOffice;
import dev.groupbuy.core.announce.GroupAnnouncer;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.commission.CommissionRates;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.deal.DealHistory;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.direct.BoundMembers;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.history.ChangeLog;
import dev.groupbuy.core.notice.ArrivalNotices;
import dev.groupbuy.core.notice.NoticeChannel;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.product.ProductRepository;
import dev.groupbuy.core.product.SupplierRepository;
import dev.groupbuy.core.report.ExportLinks;
import dev.groupbuy.core.schedule.deadline.DealDeadlines;
import dev.groupbuy.core.signup.DealVersions;
import dev.groupbuy.core.signup.SignUpLedger;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The core's use cases, built once on the configured ports: the chat commands, the REST controllers and the
 * scheduler call these same instances. What the groups are told goes through one {@link GroupAnnouncer} into
 * the outbox; {@link DealDeadlines} hears the same events and keeps each deal's automatic 截单 in step, and
 * {@link ArrivalNotices} tells bound buyers of an arrived deal personally, on the configured {@link
 * NoticeChannel}s (the Official Account's template, when set up).
 */
@Configuration(proxyBeanMethods = false)
class UseCaseConfiguration {

    @Bean
    GroupAnnouncer groupAnnouncer(GroupRepository groups, Outbox outbox) {
        return new GroupAnnouncer(groups, outbox);
    }

    @Bean
    ArrivalNotices arrivalNotices(BoundMembers bindings, Outbox outbox, ObjectProvider<NoticeChannel> channels) {
        return new ArrivalNotices(bindings, outbox, channels.orderedStream().toList());
    }

    @Bean
    ActionPorts actionPorts(
            DealRepository deals,
            OrderRepository orders,
            DealHistory dealHistory,
            GroupRepository groups,
            SignUpLedger ledger,
            DealVersions versions,
            Transactions transactions,
            Locks locks,
            GroupAnnouncer announcer,
            DealDeadlines deadlines,
            ArrivalNotices arrivalNotices,
            Clock clock,
            BackOffice office) {
        return new ActionPorts(
                deals,
                orders,
                dealHistory,
                groups,
                ledger,
                versions,
                transactions,
                locks,
                announcer.andThen(deadlines).andThen(arrivalNotices),
                clock,
                office);
    }

    @Bean
    BackOffice backOffice(
            ProductRepository products, SupplierRepository suppliers, CommissionRates rates, ChangeLog changes) {
        return new BackOffice(products, suppliers, rates, changes);
    }

    @Bean
    UseCases useCases(ActionPorts ports, ExportLinks exportLinks) {
        return UseCases.of(ports, exportLinks);
    }
}
