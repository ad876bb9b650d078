package dev.groupbuy.adapters.persistence.group;

import dev.groupbuy.adapters.persistence.StoreClock;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Groups and members in the database (imported by {@code PersistenceConfiguration}). */
@Configuration(proxyBeanMethods = false)
public class GroupPersistenceConfiguration {

    @Bean
    GroupRepository groupRepository(
            ChatGroupMapper groups, GroupMemberMapper members, Transactions transactions, ObjectProvider<Clock> clock) {
        return new GroupPersistenceAdapter(groups, members, transactions, StoreClock.of(clock));
    }
}
