package dev.groupbuy.admin.order;

import dev.groupbuy.core.report.Roster;
import dev.groupbuy.core.signup.SeenLine;
import java.time.Instant;
import java.util.List;

/**
 * A page of a deal's numbered list (名单): the orders not cancelled with their 序号, the numbers {@code #核销 3}
 * and the export use, each with its participant's line still under review, and the review lines of people
 * without an order.
 *
 * @param total entries matching the query, over all pages
 * @param underReview lines under review in the whole deal (待确认)
 * @param waiting review lines of participants without an order (all of them, on every page)
 */
record RosterView(
        long dealId,
        int total,
        int offset,
        int limit,
        int underReview,
        List<EntryView> entries,
        List<LineView> waiting) {

    static RosterView of(Roster roster, List<Roster.Entry> matching, int offset, int limit) {
        List<EntryView> page = matching.stream()
                .skip(offset)
                .limit(limit)
                .map(entry -> EntryView.of(entry, roster))
                .toList();
        return new RosterView(
                roster.deal().id(),
                matching.size(),
                offset,
                limit,
                roster.underReview(),
                page,
                roster.waiting().stream().map(LineView::of).toList());
    }

    /** @param review the participant's latest line when the bot could not read it, else {@code null} */
    record EntryView(int number, OrderView order, LineView review) {

        static EntryView of(Roster.Entry entry, Roster roster) {
            return new EntryView(
                    entry.number(),
                    OrderView.of(entry.order(), roster.deal()),
                    entry.pending() == null ? null : LineView.of(entry.pending()));
        }
    }

    /** A chain line as the participant wrote it (after its number), and when the bot first saw it. */
    record LineView(String name, String line, Instant seenAt) {

        static LineView of(SeenLine line) {
            return new LineView(line.name(), line.text(), line.seenAt());
        }
    }
}
