package dev.groupbuy.adapters.persistence.schedule;

import dev.groupbuy.adapters.persistence.TextLists;
import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.schedule.ActionType;
import dev.groupbuy.core.schedule.ListKind;
import dev.groupbuy.core.schedule.Schedule;
import dev.groupbuy.core.schedule.ScheduleStatus;
import dev.groupbuy.core.schedule.ScheduledAction;
import dev.groupbuy.core.schedule.Trigger;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Maps schedules, their triggers, actions and catalogs to and from their rows. */
final class ScheduleRows {

    private ScheduleRows() {}

    static ScheduleDO toRow(Schedule schedule, Instant now) {
        ScheduleDO row = new ScheduleDO();
        row.setName(schedule.name());
        if (schedule.trigger() instanceof Trigger.Once once) {
            row.setTriggerAt(once.at());
        } else if (schedule.trigger() instanceof Trigger.Cron cron) {
            row.setCron(cron.expression());
            row.setZone(cron.zone().getId());
            row.setStartAt(cron.startAt());
            row.setEndAt(cron.endAt());
        }
        row.setActionType(schedule.action().type().wireName());
        action(row, schedule.action());
        row.setStatus(schedule.status().wireName());
        row.setNextFireAt(schedule.nextFireAt());
        row.setCreatedAt(schedule.createdAt() != null ? schedule.createdAt() : now);
        row.setUpdatedAt(now);
        return row;
    }

    private static void action(ScheduleDO row, ScheduledAction action) {
        if (action instanceof ScheduledAction.Post post) {
            row.setActionText(post.text());
        } else if (action instanceof ScheduledAction.OpenDeal open) {
            row.setDealTitle(open.title());
            row.setDealPickup(open.pickup());
            row.setClosesAfterMinutes(open.closesAfterMinutes());
            row.setRemindBeforeMinutes(open.remindBeforeMinutes());
        } else if (action instanceof ScheduledAction.Remind remind) {
            row.setMinutesBefore(remind.minutesBefore());
        } else if (action instanceof ScheduledAction.PostList list) {
            row.setListKind(list.kind().wireName());
        }
    }

    static Schedule toSchedule(ScheduleDO row, List<Long> groupIds, List<CatalogItem> catalog) {
        Trigger trigger = row.getTriggerAt() != null
                ? new Trigger.Once(row.getTriggerAt())
                : new Trigger.Cron(row.getCron(), ZoneId.of(row.getZone()), row.getStartAt(), row.getEndAt());
        return new Schedule(
                row.getId(),
                row.getName(),
                groupIds,
                trigger,
                action(row, catalog),
                ScheduleStatus.fromWireName(row.getStatus()),
                row.getNextFireAt(),
                row.getCreatedAt());
    }

    private static ScheduledAction action(ScheduleDO row, List<CatalogItem> catalog) {
        ActionType type = ActionType.fromWireName(row.getActionType())
                .orElseThrow(() -> new IllegalStateException("unknown action type " + row.getActionType()));
        return switch (type) {
            case POST -> new ScheduledAction.Post(row.getActionText());
            case OPEN_DEAL ->
                new ScheduledAction.OpenDeal(
                        row.getDealTitle(),
                        catalog,
                        row.getDealPickup(),
                        row.getClosesAfterMinutes(),
                        row.getRemindBeforeMinutes());
            case REMIND -> new ScheduledAction.Remind(row.getMinutesBefore());
            case CLOSE_DEALS -> new ScheduledAction.CloseDeals();
            case POST_LIST -> new ScheduledAction.PostList(ListKind.fromWireName(row.getListKind()));
        };
    }

    static ScheduleCatalogItemDO toRow(long scheduleId, int position, CatalogItem item) {
        ScheduleCatalogItemDO row = new ScheduleCatalogItemDO();
        row.setScheduleId(scheduleId);
        row.setSku(item.sku());
        row.setName(item.name());
        row.setAliases(TextLists.join(item.aliases()));
        row.setUnit(item.unit());
        row.setPrice(item.price());
        row.setStock(item.stock());
        row.setLimitPerPerson(item.limitPerPerson());
        row.setPosition(position);
        return row;
    }

    static CatalogItem toItem(ScheduleCatalogItemDO row) {
        return new CatalogItem(
                row.getSku(),
                row.getName(),
                TextLists.split(row.getAliases()),
                row.getUnit(),
                row.getPrice(),
                row.getStock(),
                row.getLimitPerPerson());
    }
}
