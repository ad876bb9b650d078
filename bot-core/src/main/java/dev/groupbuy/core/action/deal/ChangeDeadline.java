package dev.groupbuy.core.action.deal;

import dev.groupbuy.core.action.ActionPorts;
import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.deal.DealAction;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A new cut-off time (and reminder) for an open deal, or none; the groups are told, and the automatic 截单
 * and reminder move with it.
 */
public final class ChangeDeadline {

    private final ActionPorts ports;
    private final DealTransition transition;

    public ChangeDeadline(ActionPorts ports) {
        this.ports = ports;
        this.transition = new DealTransition(ports);
    }

    /**
     * @param closesAt the new cut-off time, in the future, or {@code null} to close by hand
     * @param remindBefore how long before it to remind the groups, or {@code null}
     */
    public record Command(long dealId, Instant closesAt, Duration remindBefore, Actor actor) {}

    public ActionResult<DealChanged> change(Command command) {
        return transition.apply(
                command.dealId(),
                command.actor(),
                deal -> check(command),
                DealAction.DEADLINE_CHANGED,
                deal -> deal.withDeadline(command.closesAt(), command.remindBefore()),
                DealEvent.DeadlineChanged::new);
    }

    private Optional<Refusal> check(Command command) {
        Instant now = ports.clock().instant();
        if (command.closesAt() != null && !command.closesAt().isAfter(now)) {
            return Optional.of(Refusal.invalid("closesAt must be in the future (close the deal instead)"));
        }
        Duration remind = command.remindBefore();
        if (remind != null && (command.closesAt() == null || remind.isZero() || remind.isNegative())) {
            return Optional.of(Refusal.invalid("a reminder needs a cut-off time and a positive lead time"));
        }
        return Optional.empty();
    }
}
