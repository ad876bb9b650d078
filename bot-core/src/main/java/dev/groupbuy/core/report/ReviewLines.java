package dev.groupbuy.core.report;

import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.signup.SeenLine;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lines still waiting for their participant (待确认): a participant's latest line was one the bot could not
 * read, and nobody changed their order since.
 */
final class ReviewLines {

    private ReviewLines() {}

    /** @param orders the group's orders */
    static Map<String, SeenLine> pending(List<SeenLine> lines, List<Order> orders) {
        Map<String, SeenLine> latest = new LinkedHashMap<>();
        for (SeenLine line : lines) {
            SeenLine known = latest.get(line.name());
            if (known == null || line.inboxId() >= known.inboxId()) {
                latest.remove(line.name());
                latest.put(line.name(), line);
            }
        }
        Map<String, SeenLine> pending = new LinkedHashMap<>();
        latest.forEach((name, line) -> {
            if (line.review() && !changedSince(orders, name, line)) {
                pending.put(name, line);
            }
        });
        return pending;
    }

    private static boolean changedSince(List<Order> orders, String name, SeenLine line) {
        return orders.stream()
                .anyMatch(o -> o.name().equals(name)
                        && o.updatedAt() != null
                        && o.updatedAt().isAfter(line.seenAt()));
    }
}
