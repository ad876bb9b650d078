package dev.groupbuy.core.schedule.step;

import dev.groupbuy.core.action.deal.RemindDeal;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.schedule.ScheduledAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * {@code remind}: each open deal of the group whose cut-off is at most {@code minutesBefore} after the
 * planned fire time (and still ahead) is reminded, in this group only, by the deal's reminder use case.
 */
final class RemindStep implements GroupStep {

    private final UseCases use;
    private final Clock clock;

    RemindStep(UseCases use, Clock clock) {
        this.use = use;
        this.clock = clock;
    }

    @Override
    public StepResult run(StepContext context) {
        ScheduledAction.Remind action =
                (ScheduledAction.Remind) context.schedule().action();
        Instant now = clock.instant();
        Instant horizon = context.scheduledFor().plus(Duration.ofMinutes(action.minutesBefore()));
        List<Deal> closing = use.ports().deals().find(context.group().id(), DealStatus.OPEN).stream()
                .filter(deal -> deal.closesAt() != null
                        && deal.closesAt().isAfter(now)
                        && !deal.closesAt().isAfter(horizon))
                .toList();
        if (closing.isEmpty()) {
            return StepResult.nothing("no open deal closes within " + action.minutesBefore() + " minutes");
        }
        List<Long> reminded = closing.stream()
                .filter(deal -> use.remindDeal()
                        .remind(new RemindDeal.Command(
                                deal.id(), List.of(context.group().id()), context.actor()))
                        .isDone())
                .map(Deal::id)
                .toList();
        return reminded.isEmpty()
                ? StepResult.nothing("no deal could be reminded")
                : StepResult.done("reminded deal " + join(reminded));
    }

    static String join(List<Long> ids) {
        return String.join(", ", ids.stream().map(String::valueOf).toList());
    }
}
