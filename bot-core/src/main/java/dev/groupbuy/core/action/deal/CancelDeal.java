package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealChange;
import dev.groupbuy.core.deal.DealStateException;
import dev.groupbuy.core.deal.DealStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * 取消团: calls a whole deal off. An operator or the scheduler cancels at once; a group member must first ask
 * ({@link #request}, the chat's {@code #取消团}) and then confirm within {@link #CONFIRM_WINDOW} ({@link
 * #confirm}, {@code #确认}) — the request is kept in the deal's history, so any instance can take the
 * confirmation.
 */
public final class CancelDeal {

    public static final Duration CONFIRM_WINDOW = Duration.ofMinutes(5);

    private final ActionPorts ports;
    private final DealTransition transition;

    public CancelDeal(ActionPorts ports) {
        this.ports = ports;
        this.transition = new DealTransition(ports);
    }

    public record Command(long dealId, Actor actor) {}

    /** A member's #确认 in a group: cancels the deal they asked to cancel there within the window. */
    public record Confirm(long groupId, Actor actor) {}

    /** A cancellation asked for and waiting for its confirmation until {@code expiresAt}. */
    public record Requested(Deal deal, Instant expiresAt) {}

    public ActionResult<Requested> request(Command command) {
        return ports.inDeal(command.dealId(), () -> {
            Optional<Deal> deal = transition.find(command.dealId(), command.actor());
            if (deal.isEmpty()) {
                return ActionResult.refused(
                        transition.refusedFor(command.dealId(), command.actor()).refusal());
            }
            try {
                deal.get().cancel();
            } catch (DealStateException e) {
                return ActionResult.refused(Refusal.wrongState(e.getMessage()));
            }
            Instant now = ports.clock().instant();
            ports.dealHistory()
                    .append(DealChange.of(deal.get(), deal.get(), DealAction.CANCEL_REQUESTED, command.actor(), now));
            return ActionResult.done(new Requested(deal.get(), now.plus(CONFIRM_WINDOW)));
        });
    }

    public ActionResult<DealChanged> cancel(Command command) {
        return transition.apply(
                command.dealId(),
                command.actor(),
                deal -> confirmed(deal, command.actor()),
                DealAction.CANCELLED,
                Deal::cancel,
                DealEvent.Cancelled::new);
    }

    public ActionResult<DealChanged> confirm(Confirm command) {
        return Stream.of(DealStatus.OPEN, DealStatus.CLOSED)
                .flatMap(status -> ports.deals().find(command.groupId(), status).stream())
                .filter(deal -> confirmed(deal, command.actor()).isEmpty())
                .findFirst()
                .map(deal -> cancel(new Command(deal.id(), command.actor())))
                .orElseGet(() -> ActionResult.refused(
                        new Refusal(Refusal.Reason.NOT_CONFIRMED, "no cancellation to confirm in the last 5 minutes")));
    }

    /** Members need their own request within the window; operators and the scheduler need none. */
    private Optional<Refusal> confirmed(Deal deal, Actor actor) {
        if (!(actor instanceof Actor.Member)) {
            return Optional.empty();
        }
        Instant since = ports.clock().instant().minus(CONFIRM_WINDOW);
        boolean asked = ports.dealHistory().of(deal.id()).stream()
                .anyMatch(change -> change.action() == DealAction.CANCEL_REQUESTED
                        && change.actor().equals(actor.id())
                        && !change.at().isBefore(since));
        return asked
                ? Optional.empty()
                : Optional.of(new Refusal(
                        Refusal.Reason.NOT_CONFIRMED, "cancelling deal " + deal.id() + " needs #确认 within 5 minutes"));
    }
}
