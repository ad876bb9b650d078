package dev.groupbuy.core.testing;

/** Stands for the process dying: an {@link Error}, so no handler in the code under test catches it. */
public final class SimulatedCrash extends Error {
    public SimulatedCrash(String where) {
        super("simulated crash " + where);
    }
}
