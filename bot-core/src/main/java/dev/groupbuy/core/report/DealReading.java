package dev.groupbuy.core.report;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.signup.SeenLine;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a deal's roster for someone who runs one of its groups (or an operator). Reads only. */
final class DealReading {

    private final ActionPorts ports;

    DealReading(ActionPorts ports) {
        this.ports = ports;
    }

    ActionResult<Roster> roster(long dealId, Actor actor) {
        Optional<Deal> deal = ports.deals().findById(dealId);
        if (deal.isEmpty()) {
            return ActionResult.refused(Refusal.notFound("no deal with id " + dealId));
        }
        if (!ports.permissions().runs(actor, deal.get().groupIds())) {
            return ActionResult.refused(Refusal.notAllowed(actor.id() + " does not run a group of deal " + dealId));
        }
        List<Order> orders = ports.orders().findByDeal(dealId);
        List<SeenLine> lines = new ArrayList<>();
        deal.get().groupIds().forEach(groupId -> lines.addAll(ports.ledger().lines(dealId, groupId)));
        return ActionResult.done(Roster.of(deal.get(), orders, lines));
    }
}
