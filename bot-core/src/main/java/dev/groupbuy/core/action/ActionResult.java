package dev.groupbuy.core.action;

import java.util.function.Function;

/** What a use case returns: the result of what it did, or why it did nothing. */
public sealed interface ActionResult<T> {

    static <T> ActionResult<T> done(T value) {
        return new Done<>(value);
    }

    static <T> ActionResult<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    default boolean isDone() {
        return this instanceof Done;
    }

    /** @throws IllegalStateException when refused */
    default T value() {
        if (this instanceof Done<T> done) {
            return done.result();
        }
        throw new IllegalStateException("refused: " + ((Refused<T>) this).refusal());
    }

    /** @throws IllegalStateException when done */
    default Refusal refusal() {
        if (this instanceof Refused<T> refused) {
            return refused.why();
        }
        throw new IllegalStateException("the action was done");
    }

    default <R> ActionResult<R> map(Function<T, R> mapping) {
        return this instanceof Done<T> done ? done(mapping.apply(done.result())) : refused(refusal());
    }

    record Done<T>(T result) implements ActionResult<T> {}

    record Refused<T>(Refusal why) implements ActionResult<T> {}
}
