package dev.groupbuy.core.action;

import dev.groupbuy.core.chat.Posted;
import java.util.ArrayList;
import java.util.List;

/**
 * Hears what use cases did to deals; in the application, the one place that tells the groups (it puts the
 * announcements in the outbox, inside the use case's transaction).
 */
@FunctionalInterface
public interface DealEventListener {

    /** @return what was put in the outbox, per group */
    List<Posted> on(DealEvent event);

    /** A listener that tells nobody, for tests and tools. */
    static DealEventListener silent() {
        return event -> List.of();
    }

    /** Both listeners hear every event, this one first; what both posted, in that order. */
    default DealEventListener andThen(DealEventListener next) {
        return event -> {
            List<Posted> posted = new ArrayList<>(on(event));
            posted.addAll(next.on(event));
            return posted;
        };
    }
}
