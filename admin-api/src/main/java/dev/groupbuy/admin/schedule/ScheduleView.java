package dev.groupbuy.admin.schedule;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.schedule.Run;
import dev.groupbuy.core.schedule.RunOutcome;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.schedule.Trigger;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A schedule as the API shows it, with its last run summed up.
 *
 * @param lastRun {@code null} before the first fire time
 */
record ScheduleView(
        long id,
        String name,
        List<Long> groupIds,
        TriggerView trigger,
        ActionView action,
        String status,
        Instant nextFireAt,
        Instant createdAt,
        LastRun lastRun) {

    static ScheduleView of(Schedule schedule, Run lastRun) {
        return new ScheduleView(
                schedule.id(),
                schedule.name(),
                schedule.groupIds(),
                TriggerView.of(schedule.trigger()),
                ActionView.of(schedule.action()),
                schedule.status().wireName(),
                schedule.nextFireAt(),
                schedule.createdAt(),
                lastRun == null ? null : LastRun.of(lastRun, schedule.groupIds().size()));
    }

    record TriggerView(Instant at, String cron, String zone, Instant startAt, Instant endAt) {

        static TriggerView of(Trigger trigger) {
            if (trigger instanceof Trigger.Once once) {
                return new TriggerView(once.at(), null, null, null, null);
            }
            Trigger.Cron cron = (Trigger.Cron) trigger;
            return new TriggerView(null, cron.expression(), cron.zone().getId(), cron.startAt(), cron.endAt());
        }
    }

    record ActionView(
            String type,
            String text,
            String title,
            List<CatalogItemView> catalog,
            String pickup,
            Integer closesAfterMinutes,
            Integer remindBeforeMinutes,
            Integer minutesBefore,
            String what) {

        static ActionView of(ScheduledAction action) {
            String type = action.type().wireName();
            if (action instanceof ScheduledAction.Post post) {
                return new ActionView(type, post.text(), null, null, null, null, null, null, null);
            }
            if (action instanceof ScheduledAction.OpenDeal open) {
                List<CatalogItemView> catalog =
                        open.catalog().stream().map(CatalogItemView::of).toList();
                return new ActionView(
                        type,
                        null,
                        open.title(),
                        catalog,
                        open.pickup(),
                        open.closesAfterMinutes(),
                        open.remindBeforeMinutes(),
                        null,
                        null);
            }
            if (action instanceof ScheduledAction.Remind remind) {
                return new ActionView(type, null, null, null, null, null, null, remind.minutesBefore(), null);
            }
            if (action instanceof ScheduledAction.PostList list) {
                return new ActionView(
                        type,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        list.kind().wireName());
            }
            return new ActionView(type, null, null, null, null, null, null, null, null);
        }
    }

    record CatalogItemView(
            String sku,
            String name,
            List<String> aliases,
            String unit,
            BigDecimal price,
            Integer stock,
            Integer limitPerPerson) {

        static CatalogItemView of(CatalogItem item) {
            return new CatalogItemView(
                    item.sku(),
                    item.name(),
                    item.aliases(),
                    item.unit(),
                    item.price(),
                    item.stock(),
                    item.limitPerPerson());
        }
    }

    /** @param outcomes how many groups ended how, e.g. {@code {"done": 48, "failed": 2}} */
    record LastRun(
            Instant scheduledFor, Instant firedAt, boolean skipped, String reason, Map<String, Integer> outcomes) {

        static LastRun of(Run run, int groups) {
            Map<String, Integer> outcomes = new TreeMap<>();
            if (run.skipped()) {
                outcomes.put(RunOutcome.SKIPPED.wireName(), groups);
            }
            run.groups().forEach(group -> outcomes.merge(group.outcome().wireName(), 1, Integer::sum));
            return new LastRun(run.scheduledFor(), run.firedAt(), run.skipped(), run.reason(), outcomes);
        }
    }
}
