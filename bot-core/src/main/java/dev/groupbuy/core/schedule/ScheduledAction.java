package dev.groupbuy.core.schedule;

import dev.groupbuy.core.deal.CatalogItem;
import java.util.List;

/** What a schedule does in each of its groups when it fires. */
public sealed interface ScheduledAction {

    ActionType type();

    /** Says {@code text} in the group. */
    record Post(String text) implements ScheduledAction {

        public Post {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a post needs text");
            }
        }

        @Override
        public ActionType type() {
            return ActionType.POST;
        }
    }

    /**
     * Opens a deal in the group (one per group, as {@code #开团} does), which posts its 接龙.
     *
     * @param closesAfterMinutes the deal's cut-off, counted from the fire time; {@code null} for none
     * @param remindBeforeMinutes the deal's reminder before its cut-off; {@code null} for none
     */
    record OpenDeal(
            String title,
            List<CatalogItem> catalog,
            String pickup,
            Integer closesAfterMinutes,
            Integer remindBeforeMinutes)
            implements ScheduledAction {

        public OpenDeal {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("open-deal needs a title");
            }
            catalog = catalog == null ? List.of() : List.copyOf(catalog);
            if (catalog.isEmpty()) {
                throw new IllegalArgumentException("open-deal needs at least one catalog item");
            }
            if (closesAfterMinutes != null && closesAfterMinutes < 1) {
                throw new IllegalArgumentException("closesAfterMinutes must be at least 1");
            }
            if (remindBeforeMinutes != null
                    && (closesAfterMinutes == null
                            || remindBeforeMinutes < 1
                            || remindBeforeMinutes >= closesAfterMinutes)) {
                throw new IllegalArgumentException(
                        "remindBeforeMinutes needs closesAfterMinutes and must be between 1 and it");
            }
            pickup = pickup == null ? "" : pickup;
        }

        @Override
        public ActionType type() {
            return ActionType.OPEN_DEAL;
        }
    }

    /** Reminds the group of each open deal whose cut-off is at most {@code minutesBefore} away. */
    record Remind(int minutesBefore) implements ScheduledAction {

        public Remind {
            if (minutesBefore < 1) {
                throw new IllegalArgumentException("minutesBefore must be at least 1");
            }
        }

        @Override
        public ActionType type() {
            return ActionType.REMIND;
        }
    }

    /** 截单 of every open deal of the group, through the same use case as the leader's #截单. */
    record CloseDeals() implements ScheduledAction {

        @Override
        public ActionType type() {
            return ActionType.CLOSE_DEALS;
        }
    }

    /** Posts the list (or totals) of the group's running deal: the open one, else the one closed last. */
    record PostList(ListKind kind) implements ScheduledAction {

        public PostList {
            kind = kind == null ? ListKind.LIST : kind;
        }

        @Override
        public ActionType type() {
            return ActionType.POST_LIST;
        }
    }
}
