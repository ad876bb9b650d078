package dev.groupbuy.core.history;

import dev.groupbuy.core.actor.Actor;
import dev.groupbuy.core.actor.Door;
import dev.groupbuy.core.store.TextLimit;
import java.time.Instant;

/**
 * One entry of the append-only change log of the back office (products, suppliers, commission rates): who
 * changed what, through which door, from what to what. Orders and deals keep histories of their own.
 *
 * @param subjectId the product's or supplier's id, the group's id, or {@code <platform>/<user id>}
 * @param action what happened: {@code created}, {@code changed}, {@code set}, {@code cleared}
 * @param before the subject as a short text before the change; empty when it is new
 * @param after the same after the change
 * @param actor as {@link Actor#id()} names it
 */
public record Change(
        Long id,
        Subject subject,
        String subjectId,
        Instant at,
        String actor,
        Door door,
        String action,
        String before,
        String after) {

    public static final int MAX_TEXT_LENGTH = 2_000;

    public Change {
        before = before == null ? "" : TextLimit.shorten(before, MAX_TEXT_LENGTH);
        after = after == null ? "" : TextLimit.shorten(after, MAX_TEXT_LENGTH);
    }

    public static Change of(
            Subject subject, String subjectId, String action, String before, String after, Actor actor, Instant at) {
        return new Change(null, subject, subjectId, at, actor.id(), actor.door(), action, before, after);
    }
}
