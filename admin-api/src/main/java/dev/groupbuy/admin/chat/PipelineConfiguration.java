package dev.groupbuy.admin.chat;

import dev.groupbuy.core.bot.GroupBuyBot;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.direct.Binding;
import dev.groupbuy.core.direct.BindingCodes;
import dev.groupbuy.core.direct.MemberBindings;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.signup.DealStateCache;
import dev.groupbuy.core.signup.DealVersions;
import dev.groupbuy.core.signup.SignUpLedger;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chat pipeline every platform adapter feeds: the core's {@link GroupBuyBot} on the configured ports.
 * On start it re-processes messages a previous run stored but never finished
 * ({@code groupbuy.pipeline.recover-on-start}, default true). {@code groupbuy.pipeline.cached-deals} bounds how
 * many deal states (per deal and group) the instance keeps between messages; 0 turns the cache off.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

    static final int RECOVERY_BATCH = 500;

    @Bean
    GroupBuyBot.Ports botPorts(
            GroupRepository groups,
            DealRepository deals,
            OrderRepository orders,
            SignUpLedger ledger,
            DealVersions versions,
            Inbox inbox,
            Outbox outbox,
            Transactions transactions,
            Locks locks,
            DedupSet dedup,
            RateLimiter rateLimiter) {
        return new GroupBuyBot.Ports(
                groups, deals, orders, ledger, versions, inbox, outbox, transactions, locks, dedup, rateLimiter);
    }

    @Bean
    MessagePipeline messagePipeline(
            GroupBuyBot.Ports ports,
            UseCases useCases,
            ChainParser parser,
            Clock clock,
            @Value("${groupbuy.pipeline.cached-deals:" + GroupBuyBot.DEFAULT_CACHED_DEALS + "}") int cachedDeals,
            Binding binding) {
        return GroupBuyBot.pipeline(
                ports, useCases, parser::parse, clock, new DealStateCache(cachedDeals), List.of(binding.route()));
    }

    /** {@code #绑定 <code>} in a group: ties a 1:1 chat (an Official Account follower) to who posted it. */
    @Bean
    Binding binding(BindingCodes codes, MemberBindings bindings, Clock clock) {
        return new Binding(codes, bindings, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "groupbuy.pipeline.recover-on-start", havingValue = "true", matchIfMissing = true)
    ApplicationRunner recoverUnfinishedMessages(MessagePipeline pipeline) {
        return arguments -> pipeline.recoverUnfinished(RECOVERY_BATCH);
    }
}
