package dev.groupbuy.core.schedule.step;

import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.schedule.RunOutcome;

/** What a step did in its group, for the run's record: short, without chat text or names. */
public record StepResult(RunOutcome outcome, String detail) {

    static StepResult done(String detail) {
        return new StepResult(RunOutcome.DONE, detail);
    }

    static StepResult nothing(String detail) {
        return new StepResult(RunOutcome.NOTHING, detail);
    }

    static StepResult refused(Refusal refusal) {
        return new StepResult(RunOutcome.REFUSED, refusal.reason().name().toLowerCase() + ": " + refusal.detail());
    }
}
