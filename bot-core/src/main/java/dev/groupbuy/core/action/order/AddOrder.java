package dev.groupbuy.core.action.order;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.order.OrderItem;
import dev.groupbuy.core.order.OrderStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 补单: a leader (or operator) adds an order for someone, before the goods arrive. When that person already
 * has an active order in the group the items are added to it; a cancelled one is placed again.
 */
public final class AddOrder {

    private final OrderSteps steps;

    public AddOrder(ActionPorts ports) {
        this.steps = new OrderSteps(ports);
    }

    /**
     * @param groupId the group the person belongs to; {@code null} for the deal's only group
     * @param memberId the person's platform user id when known, else {@code null}
     */
    public record Command(
            long dealId, Long groupId, String name, String memberId, List<OrderItem> items, String note, Actor actor) {}

    public ActionResult<OrderChanged> add(Command command) {
        if (command.name() == null || command.name().isBlank()) {
            return ActionResult.refused(Refusal.invalid("an order needs the person's name"));
        }
        if (!Order.fitsName(command.name().strip())) {
            return ActionResult.refused(
                    Refusal.invalid("a person's name is at most " + Order.MAX_NAME_LENGTH + " characters"));
        }
        if (steps.ports().deals().findById(command.dealId()).isEmpty()) {
            return ActionResult.refused(Refusal.notFound("no deal with id " + command.dealId()));
        }
        return steps.ports()
                .inDeal(
                        command.dealId(),
                        () -> add(
                                command,
                                steps.ports().deals().findById(command.dealId()).orElseThrow()));
    }

    private ActionResult<OrderChanged> add(Command command, Deal deal) {
        Optional<Long> groupId = groupOf(command, deal);
        if (groupId.isEmpty()) {
            return ActionResult.refused(
                    Refusal.invalid("deal " + deal.id() + " has several groups: name one in groupId"));
        }
        if (!steps.ports().permissions().runs(command.actor(), groupId.get())) {
            return ActionResult.refused(Refusal.notAllowed(command.actor().id() + " does not run the group"));
        }
        if (!deal.takesOrderChanges()) {
            return OrderSteps.wrongState("deal " + deal.id() + " is "
                    + deal.status().wireName() + ": orders are added before the goods arrive");
        }
        Optional<Refusal> bad = ItemCheck.check(deal, command.items());
        if (bad.isPresent()) {
            return ActionResult.refused(bad.get());
        }
        String name = command.name().strip();
        Optional<Order> existing = latest(deal.id(), groupId.get(), name);
        Instant now = steps.ports().clock().instant();
        if (existing.isEmpty()) {
            Order placed = Order.placed(
                    deal.id(),
                    groupId.get(),
                    name,
                    command.memberId(),
                    command.items(),
                    0,
                    line(name, command),
                    command.note(),
                    now);
            return ActionResult.done(
                    new OrderChanged(null, steps.store(null, placed, "created", command.actor()), deal));
        }
        Order before = existing.get();
        if (before.status() == OrderStatus.PICKED_UP) {
            return OrderSteps.wrongState("order " + before.id() + " was picked up already");
        }
        List<OrderItem> items = before.isActive() ? ItemCheck.sum(before.items(), command.items()) : command.items();
        Optional<Refusal> tooMuch = ItemCheck.storable(items);
        if (tooMuch.isPresent()) {
            return ActionResult.refused(tooMuch.get());
        }
        Order after = before.changeTo(items, before.seq(), before.line(), command.note(), now);
        String action = before.isActive() ? "changed" : "reordered";
        return ActionResult.done(new OrderChanged(before, steps.store(before, after, action, command.actor()), deal));
    }

    private Optional<Long> groupOf(Command command, Deal deal) {
        if (command.groupId() != null) {
            return deal.groupIds().contains(command.groupId()) ? Optional.of(command.groupId()) : Optional.empty();
        }
        return deal.groupIds().size() == 1 ? Optional.of(deal.groupIds().get(0)) : Optional.empty();
    }

    private Optional<Order> latest(long dealId, long groupId, String name) {
        return steps.ports().orders().findByDeal(dealId).stream()
                .filter(o -> o.groupId() == groupId && o.name().equals(name))
                .max(Comparator.comparing(Order::id));
    }

    private static String line(String name, Command command) {
        return name + " "
                + command.items().stream()
                        .map(item -> item.sku() + "×" + item.qty().toPlainString())
                        .reduce((a, b) -> a + " " + b)
                        .orElse("");
    }
}
