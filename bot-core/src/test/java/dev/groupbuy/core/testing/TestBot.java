package dev.groupbuy.core.testing;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.announce.GroupAnnouncer;
import dev.groupbuy.core.bot.GroupBuyBot;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.InboxSweep;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.chat.PipelineResult;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.group.Member;
import dev.groupbuy.core.group.Role;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.report.ExportLinks;
import dev.groupbuy.core.signup.ChainReader;
import dev.groupbuy.core.signup.DealStateCache;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The whole bot on in-memory ports, for tests: groups, deals, the pipeline, a clock that moves one
 * minute per message, and write counters.
 */
public final class TestBot {

    public static final String PLATFORM = "sandbox";

    public final WriteCounter writes = new WriteCounter();
    public final MutableClock clock = MutableClock.at("2026-06-01T02:00:00Z");
    public final InMemoryGroupRepository groups = new InMemoryGroupRepository(writes);
    public final InMemoryDealVersions versions = new InMemoryDealVersions(writes);
    public final InMemoryDealRepository deals = new InMemoryDealRepository(writes, versions);
    public final InMemoryOrderRepository orders = new InMemoryOrderRepository(writes);
    public final InMemorySignUpLedger ledger = new InMemorySignUpLedger(writes);
    public final InMemoryInbox inbox = new InMemoryInbox(writes, clock);
    public final InMemoryOutbox outbox = new InMemoryOutbox(writes);
    public final InMemoryTransactions transactions = new InMemoryTransactions();
    public final InMemoryLocks locks = new InMemoryLocks();
    public final InMemoryDedupSet dedup = new InMemoryDedupSet(clock);
    public final InMemoryRateLimiter rateLimiter = new InMemoryRateLimiter(clock);
    public final InMemoryDealHistory dealHistory = new InMemoryDealHistory();
    public final InMemoryBackOffice office = new InMemoryBackOffice();
    public final UseCases useCases;
    public final MessagePipeline pipeline;
    /** The sweep with no grace: it takes every message still waiting. */
    public final InboxSweep sweep;

    private Duration step = Duration.ofMinutes(1);

    private final ChainReader reader;
    private final Duration lockWait;

    public TestBot(ChainReader reader) {
        this(reader, GroupBuyBot.DEFAULT_LOCK_WAIT);
    }

    /** @param lockWait how long a message waits for its chat's and deal's locks */
    public TestBot(ChainReader reader, Duration lockWait) {
        this.reader = reader;
        this.lockWait = lockWait;
        this.useCases = UseCases.of(
                new ActionPorts(
                        deals,
                        orders,
                        dealHistory,
                        groups,
                        ledger,
                        versions,
                        transactions,
                        locks,
                        new GroupAnnouncer(groups, outbox),
                        clock,
                        office.office()),
                dealId -> new ExportLinks.Link(
                        "http://localhost:8080/exports/test-" + dealId,
                        clock.instant().plus(Duration.ofDays(1))));
        this.pipeline = anotherInstance();
        this.sweep = sweepOf(pipeline);
    }

    public GroupBuyBot.Ports ports() {
        return new GroupBuyBot.Ports(
                groups, deals, orders, ledger, versions, inbox, outbox, transactions, locks, dedup, rateLimiter);
    }

    /**
     * A pipeline of its own on the same stores and coordination, with a deal-state cache of its own: what a
     * second instance of the application is.
     */
    public MessagePipeline anotherInstance() {
        return GroupBuyBot.pipeline(
                ports(), useCases, reader, clock, new DealStateCache(GroupBuyBot.DEFAULT_CACHED_DEALS), lockWait);
    }

    /** A sweep with no grace, for {@code instance}: it takes every message still waiting. */
    public InboxSweep sweepOf(MessagePipeline instance) {
        return new InboxSweep(instance, inbox, clock, Duration.ZERO, InboxSweep.Batch.DEFAULT);
    }

    public static TestBot withSimpleReader() {
        return new TestBot(new SimpleChainReader());
    }

    public TestBot stepping(Duration perMessage) {
        this.step = perMessage;
        return this;
    }

    public ChatGroup group(String chatId, String leaderId, String leaderName) {
        ChatGroup group = new ChatGroup(null, PLATFORM, chatId, chatId, null, clock.instant());
        return groups.create(group, List.of(new Member(0, leaderId, leaderName, Role.LEADER)));
    }

    public Deal openDeal(ChatGroup group, String title, List<CatalogItem> catalog) {
        return openDeal(group, title, catalog, null);
    }

    public Deal openDeal(ChatGroup group, String title, List<CatalogItem> catalog, Instant closesAt) {
        return deals.create(
                new Deal(null, title, DealStatus.OPEN, List.of(group.id()), catalog, closesAt, "", clock.instant()));
    }

    public static CatalogItem item(String sku, String name, String unit) {
        return CatalogItem.of(sku, name, List.of(), unit, BigDecimal.TEN);
    }

    public static CatalogItem itemWithStock(String sku, String name, String unit, int stock) {
        return new CatalogItem(sku, name, List.of(), unit, BigDecimal.TEN, stock, null);
    }

    public static CatalogItem itemWithLimit(String sku, String name, String unit, int limitPerPerson) {
        return new CatalogItem(sku, name, List.of(), unit, BigDecimal.TEN, null, limitPerPerson);
    }

    public InboundMessage message(String chatId, String msgId, String senderId, String senderName, String text) {
        return new InboundMessage(
                PLATFORM, chatId, senderId, senderName, msgId, text, List.of(), clock.instant(), List.of());
    }

    /** Delivers a message as the platform would, then moves the clock on. */
    public PipelineResult send(String chatId, String msgId, String senderId, String senderName, String text) {
        PipelineResult result = pipeline.receive(message(chatId, msgId, senderId, senderName, text));
        clock.advance(step);
        return result;
    }

    public List<Order> activeOrders(long dealId) {
        return orders.findByDeal(dealId).stream().filter(Order::isActive).toList();
    }
}
