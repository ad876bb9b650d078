package dev.groupbuy.core.schedule.deadline;

import dev.groupbuy.core.action.deal.CloseDeal;
import dev.groupbuy.core.action.deal.RemindDeal;
import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealAction;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.schedule.Alarm;
import dev.groupbuy.core.schedule.Alarms;
import dev.groupbuy.core.schedule.MisfirePolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * A deal's alarms ringing: at its cut-off time the deal is closed through the same use case as the leader's
 * #截单 (the groups get the totals) — however late, as closing late is still right; before it, the groups are
 * reminded once, unless that is later than the misfire grace (or after the cut-off). A deal whose cut-off
 * moved later has its alarm set again.
 */
public final class DeadlineAlarms {

    /** Who closes and reminds, in the deal's history. */
    public static final Actor ACTOR = new Actor.Scheduler("deadline");

    private static final Logger LOG = Logger.getLogger(DeadlineAlarms.class.getName());

    private final UseCases use;
    private final Alarms alarms;
    private final MisfirePolicy misfire;
    private final Clock clock;

    public DeadlineAlarms(UseCases use, Alarms alarms, MisfirePolicy misfire, Clock clock) {
        this.use = use;
        this.alarms = alarms;
        this.misfire = misfire;
        this.clock = clock;
    }

    public void closeIfDue(long dealId) {
        Optional<Deal> deal = openWithDeadline(dealId);
        if (deal.isEmpty()) {
            return;
        }
        if (deal.get().closesAt().isAfter(clock.instant())) {
            alarms.set(Alarm.dealCloses(dealId), deal.get().closesAt());
            return;
        }
        use.closeDeal().close(new CloseDeal.Command(dealId, ACTOR));
    }

    /** Closes every open deal whose cut-off has passed, whether or not its alarm rang. */
    public void closeOverdue() {
        Instant now = clock.instant();
        use.ports().deals().find(null, DealStatus.OPEN).stream()
                .filter(deal -> deal.closesAt() != null && !deal.closesAt().isAfter(now))
                .forEach(deal -> closeIfDue(deal.id()));
    }

    public void remindIfDue(long dealId) {
        Optional<Deal> deal = openWithDeadline(dealId).filter(d -> d.remindAt().isPresent());
        if (deal.isEmpty()) {
            return;
        }
        Instant due = deal.get().remindAt().orElseThrow();
        Instant now = clock.instant();
        if (due.isAfter(now)) {
            alarms.set(Alarm.dealReminder(dealId), due);
        } else if (!deal.get().closesAt().isAfter(now)) {
            LOG.info(() -> "reminder of deal " + dealId + " skipped: its cut-off has passed");
        } else if (misfire.tooLate(due, now)) {
            LOG.info(() -> "reminder of deal " + dealId + " skipped: " + misfire.skipReason(due, now));
        } else if (!remindedSince(dealId, due)) {
            use.remindDeal().remind(new RemindDeal.Command(dealId, List.of(), ACTOR));
        }
    }

    private Optional<Deal> openWithDeadline(long dealId) {
        return use.ports().deals().findById(dealId).filter(d -> d.isOpen() && d.closesAt() != null);
    }

    /** A reminder already given for this due time (an alarm rung again after a crash): not given twice. */
    private boolean remindedSince(long dealId, Instant due) {
        return use.ports().dealHistory().of(dealId).stream()
                .anyMatch(change -> change.action() == DealAction.REMINDED
                        && change.actor().equals(ACTOR.id())
                        && !change.at().isBefore(due));
    }
}
