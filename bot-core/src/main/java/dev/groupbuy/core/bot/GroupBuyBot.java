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
import dev.groupbuy.core.signup.SignUpLedger;
import dev.groupbuy.core.store.Transactions;
import java.time.Clock;
import java.util.List;

/**
 * Assembles the chat bot from its ports: the routes, in the order they are tried, and the pipeline.
 * New commands (#汇总, #导出, #开团 ...) are new routes in {@link #routes}, before the chain route.
 */
public final class GroupBuyBot {

    private GroupBuyBot() {}

    public static MessagePipeline pipeline(Ports ports, ChainParser parser, Clock clock) {
        return pipeline(ports, parser::parse, clock);
    }

    public static MessagePipeline pipeline(Ports ports, ChainReader reader, Clock clock) {
        return new MessagePipeline(
                ports.inbox(),
                ports.outbox(),
                ports.groups(),
                new MessageRouter(routes(ports, reader, clock)),
                ports.locks(),
                ports.transactions());
    }

    /** Leader commands first, then 接龙 chains; whatever is left is chatter. */
    public static List<Route> routes(Ports ports, ChainReader reader, Clock clock) {
        ReplyGate gate = new ReplyGate(ports.rateLimiter(), ports.dedup());
        return List.of(
                Route.command(
                        CloseDeal.WORD,
                        new CloseDealHandler(ports.deals(), ports.orders(), new Leaders(ports.groups()), gate)),
                Route.of(
                        "chain",
                        GroupBuyBot::mayBeChain,
                        new ChainSignUpHandler(
                                ports.deals(),
                                ports.orders(),
                                ports.ledger(),
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
            Inbox inbox,
            Outbox outbox,
            Transactions transactions,
            Locks locks,
            DedupSet dedup,
            RateLimiter rateLimiter) {}
}
