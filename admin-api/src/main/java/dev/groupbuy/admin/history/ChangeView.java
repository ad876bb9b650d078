package dev.groupbuy.admin.history;

import dev.groupbuy.core.history.Change;
import java.time.Instant;
import java.util.List;

/** One entry of the back office's change log as the API shows it. */
public record ChangeView(Instant at, String actor, String door, String action, String before, String after) {

    public static ChangeView of(Change change) {
        return new ChangeView(
                change.at(),
                change.actor(),
                change.door().wireName(),
                change.action(),
                change.before(),
                change.after());
    }

    /** The changes of one subject, oldest first. */
    public record ChangeList(List<ChangeView> history) {

        public static ChangeList of(List<Change> changes) {
            return new ChangeList(changes.stream().map(ChangeView::of).toList());
        }
    }
}
