package dev.groupbuy.core.report.goods;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Permissions;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.product.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The deals whose goods are bought and packed together, with their orders that count (not cancelled, not
 * refunded): those delivered on a day, or those named. Cancelled deals deliver nothing. Back office only.
 */
final class Deliveries {

    private final ActionPorts ports;

    Deliveries(ActionPorts ports) {
        this.ports = ports;
    }

    /** The deals and the orders to deliver, in deal order. */
    record Batch(LocalDate deliveryDate, List<Deal> deals, Map<Long, List<Order>> orders, Map<Long, Product> products) {

        List<Order> ordersOf(Deal deal) {
            return orders.getOrDefault(deal.id(), List.of());
        }
    }

    ActionResult<Batch> of(Actor actor, LocalDate deliveryDate, List<Long> dealIds) {
        if (!Permissions.runsTheBackOffice(actor)) {
            return ActionResult.refused(Refusal.notAllowed(actor.id() + " does not run the back office"));
        }
        if ((deliveryDate == null) == (dealIds == null || dealIds.isEmpty())) {
            return ActionResult.refused(Refusal.invalid("name either a delivery date or deal ids"));
        }
        List<Deal> deals = new ArrayList<>();
        if (deliveryDate != null) {
            deals.addAll(ports.deals().findDelivered(deliveryDate, deliveryDate));
        } else {
            for (long id : dealIds.stream().distinct().toList()) {
                Optional<Deal> deal = ports.deals().findById(id);
                if (deal.isEmpty()) {
                    return ActionResult.refused(Refusal.notFound("no deal with id " + id));
                }
                deals.add(deal.get());
            }
        }
        List<Deal> delivered =
                deals.stream().filter(d -> d.status() != DealStatus.CANCELLED).toList();
        Map<Long, List<Order>> orders = delivered.stream()
                .collect(Collectors.toMap(
                        Deal::id,
                        d -> ports.orders().findByDeal(d.id()).stream()
                                .filter(Order::counts)
                                .toList()));
        Map<Long, Product> products = ports.office().products().findAll().stream()
                .collect(Collectors.toMap(Product::id, Function.identity()));
        return ActionResult.done(new Batch(deliveryDate, delivered, orders, products));
    }
}
