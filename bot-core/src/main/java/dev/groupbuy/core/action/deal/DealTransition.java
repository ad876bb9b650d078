package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.chat.Posted;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealChange;
import dev.groupbuy.core.deal.DealStateException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The steps every change of a deal's status shares, in one order for every door: under the deal's lock and in
 * one transaction, find the deal, check the actor runs one of its groups, apply the deal's own guarded change,
 * store it if nobody changed it meanwhile, write the history, tell the groups.
 */
final class DealTransition {

    private final ActionPorts ports;

    DealTransition(ActionPorts ports) {
        this.ports = ports;
    }

    ActionResult<DealChanged> apply(
            long dealId, Actor actor, DealAction action, UnaryOperator<Deal> change, Function<Deal, DealEvent> event) {
        return apply(dealId, actor, deal -> Optional.empty(), action, change, event);
    }

    /** @param precondition a refusal when the change must not happen yet, checked before the deal's own guard */
    ActionResult<DealChanged> apply(
            long dealId,
            Actor actor,
            Function<Deal, Optional<Refusal>> precondition,
            DealAction action,
            UnaryOperator<Deal> change,
            Function<Deal, DealEvent> event) {
        return ports.inDeal(
                dealId,
                () -> find(dealId, actor)
                        .map(deal -> precondition
                                .apply(deal)
                                .<ActionResult<DealChanged>>map(ActionResult::refused)
                                .orElseGet(() -> change(deal, actor, action, change, event)))
                        .orElseGet(() -> refusedFor(dealId, actor)));
    }

    /** The deal when it exists and the actor may act on it. */
    Optional<Deal> find(long dealId, Actor actor) {
        return ports.deals().findById(dealId).filter(deal -> ports.permissions().runs(actor, deal.groupIds()));
    }

    ActionResult<DealChanged> refusedFor(long dealId, Actor actor) {
        return ports.deals().findById(dealId).isEmpty()
                ? ActionResult.refused(Refusal.notFound("no deal with id " + dealId))
                : ActionResult.refused(Refusal.notAllowed(actor.id() + " does not run a group of deal " + dealId));
    }

    private ActionResult<DealChanged> change(
            Deal before, Actor actor, DealAction action, UnaryOperator<Deal> change, Function<Deal, DealEvent> event) {
        Deal after;
        try {
            after = change.apply(before);
        } catch (DealStateException e) {
            return ActionResult.refused(Refusal.wrongState(e.getMessage()));
        }
        if (!ports.deals().save(after, before.status())) {
            return ActionResult.refused(Refusal.wrongState("deal " + before.id()
                    + " changed meanwhile and is no longer " + before.status().wireName()));
        }
        ports.dealHistory()
                .append(DealChange.of(
                        before, after, action, actor, ports.clock().instant()));
        List<Posted> posted = event == null ? List.of() : ports.listener().on(event.apply(after));
        return ActionResult.done(new DealChanged(before, after, posted));
    }
}
