package dev.groupbuy.core.report;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** 我的: a member's orders in a group's deals that are not over (open, closed, arrived), with amounts. */
public final class MyOrders {

    private final ActionPorts ports;

    public MyOrders(ActionPorts ports) {
        this.ports = ports;
    }

    public record Command(long groupId, Actor.Member member) {}

    public record Mine(Deal deal, Order order, BigDecimal amount) {}

    /** Oldest deal first; picked-up orders are listed too (a member may ask what they collected). */
    public List<Mine> find(Command command) {
        List<Mine> mine = new ArrayList<>();
        for (DealStatus status : List.of(DealStatus.OPEN, DealStatus.CLOSED, DealStatus.ARRIVED)) {
            for (Deal deal : ports.deals().find(command.groupId(), status)) {
                ports.orders().findByDeal(deal.id()).stream()
                        .filter(o -> o.groupId() == command.groupId() && o.status() != OrderStatus.CANCELLED)
                        .filter(o -> Permissions.owns(command.member(), o))
                        .forEach(o -> mine.add(new Mine(deal, o, Amounts.of(o, deal))));
            }
        }
        mine.sort(Comparator.comparing((Mine m) -> m.deal().id())
                .thenComparing(m -> m.order().id()));
        return mine;
    }
}
