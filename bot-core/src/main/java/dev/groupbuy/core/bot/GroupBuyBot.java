package dev.groupbuy.core.bot;

import dev.groupbuy.core.chat.InboundMessage;
import dev.groupbuy.core.chat.Inbox;
import dev.groupbuy.core.chat.MessagePipeline;
import dev.groupbuy.core.chat.MessageRouter;
import dev.groupbuy.core.chat.Outbox;
import dev.groupbuy.core.chat.ReplyGate;
import dev.groupbuy.core.chat.Route;
import dev.groupbuy.core.command.ChatCommands;
import dev.groupbuy.core.command.PlainEditHandler;
import dev.groupbuy.core.command.UnknownCommandHandler;
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
import java.util.ArrayList;
import java.util.List;

/**
 * Assembles the chat bot from its ports: the routes, in the order they are tried, and the pipeline.
 * The chat commands are the table in {@link ChatCommands}; each runs a use case of {@link UseCases}.
 */
public final class GroupBuyBot {

    /** How many deal states (per deal and group) an instance keeps by default. */
    public static final int DEFAULT_CACHED_DEALS = 256;

    /** How long a message waits for its chat's and its deal's locks by default before it is left for later. */
    public static final Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(10);

    private GroupBuyBot() {}

    public static MessagePipeline pipeline(Ports ports, UseCases useCases, ChainParser parser, Clock clock) {
        return pipeline(ports, useCases, parser::parse, clock, new DealStateCache(DEFAULT_CACHED_DEALS));
    }

    public static MessagePipeline pipeline(
            Ports ports, UseCases useCases, ChainParser parser, Clock clock, DealStateCache cache) {
        return pipeline(ports, useCases, parser::parse, clock, cache);
    }

    public static MessagePipeline pipeline(Ports ports, UseCases useCases, ChainReader reader, Clock clock) {
        return pipeline(ports, useCases, reader, clock, new DealStateCache(DEFAULT_CACHED_DEALS));
    }

    public static MessagePipeline pipeline(
            Ports ports, UseCases useCases, ChainReader reader, Clock clock, DealStateCache cache) {
        return pipeline(ports, useCases, reader, clock, cache, DEFAULT_LOCK_WAIT);
    }

    public static MessagePipeline pipeline(
            Ports ports, UseCases useCases, ChainParser parser, Clock clock, DealStateCache cache, Duration lockWait) {
        return pipeline(ports, useCases, parser::parse, clock, cache, lockWait);
    }

    /** @param lockWait how long a message waits for its chat's and its deal's locks before it is left for later */
    public static MessagePipeline pipeline(
            Ports ports, UseCases useCases, ChainReader reader, Clock clock, DealStateCache cache, Duration lockWait) {
        return pipeline(ports, useCases, reader, clock, cache, lockWait, List.of());
    }

    /**
     * @param lockWait how long a message waits for its chat's and its deal's locks before it is left for later
     * @param extraCommands routes for commands that adapters add (such as {@code #绑定} for 1:1 chats), tried
     *     after the command table
     */
    public static MessagePipeline pipeline(
            Ports ports,
            UseCases useCases,
            ChainReader reader,
            Clock clock,
            DealStateCache cache,
            Duration lockWait,
            List<Route> extraCommands) {
        List<Route> routes = new ArrayList<>(routes(ports, useCases, reader, clock, cache));
        routes.addAll(ChatCommands.all(useCases).size(), extraCommands);
        return new MessagePipeline(
                ports.inbox(),
                ports.outbox(),
                ports.groups(),
                new MessageRouter(routes),
                ports.locks(),
                ports.transactions(),
                lockWait);
    }

    /**
     * The commands' table first (leaders' and residents' {@code #} commands), then residents' plain edits
     * ({@code 我改成3盒}), then 接龙 chains, then the hint for an unknown {@code #词}; whatever is left is chatter.
     */
    public static List<Route> routes(
            Ports ports, UseCases useCases, ChainReader reader, Clock clock, DealStateCache cache) {
        ReplyGate gate = new ReplyGate(ports.rateLimiter(), ports.dedup());
        List<Route> routes = new ArrayList<>(ChatCommands.routes(useCases, gate));
        routes.add(Route.of("plain edit", PlainEditHandler::matches, new PlainEditHandler(useCases, gate)));
        routes.add(Route.of(
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
        routes.add(Route.of("unknown command", UnknownCommandHandler::matches, new UnknownCommandHandler(gate)));
        return routes;
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
