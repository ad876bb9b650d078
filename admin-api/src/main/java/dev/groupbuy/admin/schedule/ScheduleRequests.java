package dev.groupbuy.admin.schedule;

import static dev.groupbuy.admin.web.ApiProblems.unprocessable;

import dev.groupbuy.admin.deal.CatalogItemRequest;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.schedule.ActionType;
import dev.groupbuy.core.schedule.ListKind;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.schedule.Trigger;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.ErrorResponseException;

/** Turns a schedule request into the core's trigger and action; what makes no sense is a 422 naming the field. */
final class ScheduleRequests {

    private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");
    private static final int MOST_MINUTES = 60 * 24 * 366;

    private ScheduleRequests() {}

    static Trigger trigger(CreateScheduleRequest.TriggerRequest trigger) {
        boolean cron = trigger.cron() != null && !trigger.cron().isBlank();
        if ((trigger.at() != null) == cron) {
            throw unprocessable("trigger: give either at (once) or cron");
        }
        for (Instant at : Arrays.asList(trigger.at(), trigger.startAt(), trigger.endAt())) {
            if (at != null && (at.isBefore(EARLIEST) || at.isAfter(LATEST))) {
                throw unprocessable("trigger: times must be between " + EARLIEST + " and " + LATEST);
            }
        }
        if (!cron) {
            return new Trigger.Once(trigger.at());
        }
        return invalidAs(
                "trigger",
                () -> new Trigger.Cron(trigger.cron(), zone(trigger.zone()), trigger.startAt(), trigger.endAt()));
    }

    static ScheduledAction action(CreateScheduleRequest.ActionRequest action) {
        ActionType type = ActionType.fromWireName(action.type())
                .orElseThrow(() -> unprocessable("action.type must be one of "
                        + Arrays.stream(ActionType.values())
                                .map(ActionType::wireName)
                                .toList()));
        return invalidAs("action", () -> switch (type) {
            case POST -> new ScheduledAction.Post(action.text());
            case OPEN_DEAL ->
                new ScheduledAction.OpenDeal(
                        action.title(),
                        catalog(action.catalog()),
                        action.pickup(),
                        minutes("closesAfterMinutes", action.closesAfterMinutes()),
                        minutes("remindBeforeMinutes", action.remindBeforeMinutes()));
            case REMIND -> new ScheduledAction.Remind(required("minutesBefore", action.minutesBefore()));
            case CLOSE_DEALS -> new ScheduledAction.CloseDeals();
            case POST_LIST -> new ScheduledAction.PostList(listKind(action.what()));
        });
    }

    private static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            throw unprocessable("trigger.zone: unknown time zone " + zone);
        }
    }

    private static List<CatalogItem> catalog(List<CatalogItemRequest> catalog) {
        return catalog == null
                ? List.of()
                : catalog.stream().map(CatalogItemRequest::toCatalogItem).toList();
    }

    private static ListKind listKind(String what) {
        if (what == null || what.isBlank()) {
            return ListKind.LIST;
        }
        try {
            return ListKind.fromWireName(what);
        } catch (IllegalArgumentException e) {
            throw unprocessable("action.what must be list or totals");
        }
    }

    private static int required(String field, Integer minutes) {
        if (minutes == null) {
            throw unprocessable("action." + field + " is required");
        }
        return minutes(field, minutes);
    }

    private static Integer minutes(String field, Integer minutes) {
        if (minutes != null && (minutes < 1 || minutes > MOST_MINUTES)) {
            throw unprocessable("action." + field + " must be between 1 and " + MOST_MINUTES);
        }
        return minutes;
    }

    private interface Building<T> {
        T build();
    }

    /** The core's own checks (a missing text, a reminder after the cut-off) as a 422 on the field. */
    private static <T> T invalidAs(String field, Building<T> building) {
        try {
            return building.build();
        } catch (ErrorResponseException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw unprocessable(field + ": " + e.getMessage());
        }
    }
}
