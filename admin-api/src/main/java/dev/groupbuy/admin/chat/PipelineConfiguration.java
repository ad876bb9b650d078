package dev.groupbuy.admin.chat;

import dev.groupbuy.core.bot.GroupBuyBot;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.InboxSweep;
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
import java.time.Duration;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The chat pipeline every platform adapter feeds: the core's {@link GroupBuyBot} on the configured ports, and the
 * sweep that processes messages left waiting in the inbox (a busy chat or deal, a crash), run every
 * {@code groupbuy.pipeline.sweep.interval} (default 2s) from the start ({@code groupbuy.pipeline.sweep.enabled},
 * default true). {@code groupbuy.pipeline.lock-wait} (default 10s) is how long a message waits for its chat's and
 * deal's locks before it is left to the sweep, and how old a waiting message must be before the sweep takes it.
 * {@code groupbuy.pipeline.cached-deals} bounds how many deal states (per deal and group) the instance keeps
 * between messages; 0 turns the cache off.
 */
@Configuration(proxyBeanMethods = false)
class PipelineConfiguration {

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
            @Value("${groupbuy.pipeline.lock-wait:10s}") Duration lockWait,
            Binding binding) {
        return GroupBuyBot.pipeline(
                ports,
                useCases,
                parser::parse,
                clock,
                new DealStateCache(cachedDeals),
                lockWait,
                List.of(binding.route()));
    }

    /** {@code #绑定 <code>} in a group: ties a 1:1 chat (an Official Account follower) to who posted it. */
    @Bean
    Binding binding(BindingCodes codes, MemberBindings bindings, GroupRepository groups, Clock clock) {
        return new Binding(codes, bindings, groups, clock);
    }

    @Bean
    InboxSweep inboxSweep(
            MessagePipeline pipeline,
            Inbox inbox,
            Clock clock,
            @Value("${groupbuy.pipeline.lock-wait:10s}") Duration lockWait) {
        return new InboxSweep(pipeline, inbox, clock, lockWait, InboxSweep.Batch.DEFAULT);
    }

    @Bean
    @ConditionalOnProperty(name = "groupbuy.pipeline.sweep.enabled", havingValue = "true", matchIfMissing = true)
    InboxSweepSchedule inboxSweepSchedule(
            InboxSweep sweep, @Value("${groupbuy.pipeline.sweep.interval:2s}") Duration interval) {
        return new InboxSweepSchedule(sweep, interval);
    }
}
