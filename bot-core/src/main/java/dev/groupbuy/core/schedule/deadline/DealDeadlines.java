package dev.groupbuy.core.schedule.deadline;

import dev.groupbuy.core.action.DealEvent;
import dev.groupbuy.core.action.DealEventListener;
import dev.groupbuy.core.chat.Posted;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.schedule.Alarm;
import dev.groupbuy.core.schedule.Alarms;
import java.util.List;

/**
 * Keeps each deal's alarms in step with the deal, whichever door changed it: an open deal with a cut-off time
 * has an alarm then (the automatic 截单) and, with a reminder, one before; reopening or a new cut-off moves
 * them, closing or cancelling the deal takes them away. Hears the use cases' events, in their transaction.
 */
public final class DealDeadlines implements DealEventListener {

    private final Alarms alarms;

    public DealDeadlines(Alarms alarms) {
        this.alarms = alarms;
    }

    @Override
    public List<Posted> on(DealEvent event) {
        if (event instanceof DealEvent.Opened
                || event instanceof DealEvent.Reopened
                || event instanceof DealEvent.DeadlineChanged) {
            arm(event.deal());
        } else if (event instanceof DealEvent.Closed || event instanceof DealEvent.Cancelled) {
            disarm(event.deal().id());
        }
        return List.of();
    }

    /** Sets the deal's alarms as the deal says (also for deals from before the scheduler, on start). */
    public void arm(Deal deal) {
        if (!deal.isOpen() || deal.closesAt() == null) {
            disarm(deal.id());
            return;
        }
        alarms.set(Alarm.dealCloses(deal.id()), deal.closesAt());
        deal.remindAt()
                .ifPresentOrElse(
                        at -> alarms.set(Alarm.dealReminder(deal.id()), at),
                        () -> alarms.cancel(Alarm.dealReminder(deal.id())));
    }

    private void disarm(long dealId) {
        alarms.cancel(Alarm.dealCloses(dealId));
        alarms.cancel(Alarm.dealReminder(dealId));
    }
}
