package dev.groupbuy.core.bot;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.chat.MessageRouter;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.chat.Route;
import dev.groupbuy.core.command.CloseDeal;
import dev.groupbuy.core.command.CloseDealHandler;
import dev.groupbuy.core.coordination.DedupSet;
import dev.groupbuy.core.coordination.Locks;
import dev.groupbuy.core.coordination.RateLimiter;
import dev.groupbuy.core.deal.DealRepository;
import dev.groupbuy.core.group.GroupRepository;
import dev.groupbuy.core.group.Leaders;
import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.order.OrderRepository;
import dev.groupbuy.core.signup.ChainReader;
import dev.groupbuy.core.signup.ChainSignUpHandler;
import dev.groupbuy.core.signup.DealStateCache;
import dev.groupbuy.core.signup.DealVersions;
import dev.groupbuy.core.signup.SignUpLedger;
import dev.groupbuy.core.signup.SignUpStores;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Assembles the chat bot from its ports: the routes, in the order they are tried, and the pipeline.
 * New commands (#汇总, #导出, #开团 ...) are new routes in {@link #routes}, before the chain route.
 */
public final class GroupBuyBot {

    /** How many deal states (per deal and group) an instance keeps by default. */
    public static final int DEFAULT_CACHED_DEALS = 256;

    /** How long a message waits for its deal's lock by default before it is left for later. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(10);

    private GroupBuyBot() {}

    public static MessagePipeline pipeline(Ports ports, ChainParser parser, Clock clock) {
        return pipeline(ports, parser::parse, clock, new DealStateCache(DEFAULT_CACHED_DEALS));
    }

    public static MessagePipeline pipeline(Ports ports, ChainParser parser, Clock clock, DealStateCache cache) {
        return pipeline(ports, parser::parse, clock, cache);
    }

    public static MessagePipeline pipeline(Ports ports, ChainReader reader, Clock clock) {
        return pipeline(ports, reader, clock, new DealStateCache(DEFAULT_CACHED_DEALS));
    }

    public static MessagePipeline pipeline(Ports ports, ChainReader reader, Clock clock, DealStateCache cache) {
        return pipeline(ports, reader, clock, cache, DEFAULT_LOCK_WAIT);
    }

    public static MessagePipeline pipeline(
            Ports ports, ChainParser parser, Clock clock, DealStateCache cache, Duration lockWait) {
        return pipeline(ports, parser::parse, clock, cache, lockWait);
    }

    public static MessagePipeline pipeline(
            Ports ports, ChainReader reader, Clock clock, DealStateCache cache, Duration lockWait) {
        return new MessagePipeline(
                ports.inbox(),
                ports.outbox(),
                ports.groups(),
                new MessageRouter(routes(ports, reader, clock, cache)),
                ports.locks(),
                ports.transactions(),
                lockWait);
    }

    /** Leader commands first, then 接龙 chains; whatever is left is chatter. */
    public static List<Route> routes(Ports ports, ChainReader reader, Clock clock, DealStateCache cache) {
        ReplyGate gate = new ReplyGate(ports.rateLimiter(), ports.dedup());
        return List.of(
                Route.command(
                        CloseDeal.WORD,
                        new CloseDealHandler(ports.deals(), ports.orders(), new Leaders(ports.groups()), gate)),
                Route.of(
                        "chain",
                        GroupBuyBot::mayBeChain,
                        new ChainSignUpHandler(
                                new SignUpStores(
                                        ports.deals(),
                                        ports.orders(),
                                        ports.ledger(),
                                        ports.versions(),
                                        ports.transactions(),
                                        cache),
                                new Leaders(ports.groups()),
                                reader,
                                gate,
                                clock)));
    }

    /** A chain has numbered lines: without any digit or circled number it cannot be one. */
    static boolean mayBeChain(InboundMessage message) {
        return message.text().codePoints().anyMatch(c -> Character.isDigit(c) || (c >= 0x2460 && c <= 0x24FF));
    }

    /** Every port the bot needs. */
    public record Ports(
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
            RateLimiter rateLimiter) {}
}
