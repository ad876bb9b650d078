package dev.groupbuy.admin.deal;

import java.time.Instant;

/**
 * A deal's new cut-off.
 *
 * @param closesAt in the future, or {@code null} to close by hand
 * @param remindBeforeMinutes remind the groups this many minutes before, or {@code null}
 */
record DeadlineRequest(Instant closesAt, Integer remindBeforeMinutes) {}
