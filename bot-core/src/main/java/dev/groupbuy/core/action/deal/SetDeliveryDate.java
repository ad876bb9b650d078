package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealChange;
import dev.groupbuy.core.deal.DealStateException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The day a deal's goods are delivered to its groups, when the post did not say it or it changed: what
 * purchase lists and sorting sheets are made for ({@code PUT /api/v1/deals/{id}/delivery-date}).
 */
public final class SetDeliveryDate {

    private final ActionPorts ports;
    private final DealTransition transition;

    public SetDeliveryDate(ActionPorts ports) {
        this.ports = ports;
        this.transition = new DealTransition(ports);
    }

    /** @param deliveryDate the day, or {@code null} for not known */
    public record Command(long dealId, LocalDate deliveryDate, Actor actor) {}

    public ActionResult<DealChanged> set(Command command) {
        return ports.inDeal(command.dealId(), () -> {
            Optional<Deal> found = transition.find(command.dealId(), command.actor());
            if (found.isEmpty()) {
                return transition.refusedFor(command.dealId(), command.actor());
            }
            Deal before = found.get();
            Deal after;
            try {
                after = before.withDeliveryDate(command.deliveryDate());
            } catch (DealStateException e) {
                return ActionResult.refused(Refusal.wrongState(e.getMessage()));
            }
            if (after.equals(before)) {
                return ActionResult.done(new DealChanged(before, before, List.of()));
            }
            ports.deals().saveDeliveryDate(before.id(), command.deliveryDate());
            ports.dealHistory()
                    .append(DealChange.of(
                            before,
                            after,
                            DealAction.DELIVERY_DATE_SET,
                            command.actor(),
                            ports.clock().instant()));
            return ActionResult.done(new DealChanged(before, after, List.of()));
        });
    }
}
