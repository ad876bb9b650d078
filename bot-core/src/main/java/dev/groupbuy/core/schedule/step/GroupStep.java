package dev.groupbuy.core.schedule.step;

/** What one kind of scheduled action does in one group: a few lines calling a use case. */
interface GroupStep {

    StepResult run(StepContext context);
}
