package dev.groupbuy.core.schedule.step;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.announce.GroupAnnouncer;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.command.ReportTexts;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.deal.DealStatus;
import dev.groupbuy.core.report.Tally;
import dev.groupbuy.core.schedule.ListKind;
import dev.groupbuy.core.schedule.ScheduledAction;
import java.util.Optional;

/**
 * {@code post-list}: the running deal's list (#名单) or totals (#汇总), read by the same {@link Tally} and
 * worded by the same texts as the leader's commands. The running deal is the group's open one, else the one
 * closed last: "close at 20:00, post the list at 20:05".
 */
final class PostListStep implements GroupStep {

    private final UseCases use;
    private final GroupAnnouncer announcer;

    PostListStep(UseCases use, GroupAnnouncer announcer) {
        this.use = use;
        this.announcer = announcer;
    }

    @Override
    public StepResult run(StepContext context) {
        long groupId = context.group().id();
        Optional<Deal> deal = latest(groupId, DealStatus.OPEN).or(() -> latest(groupId, DealStatus.CLOSED));
        if (deal.isEmpty()) {
            return StepResult.nothing("no open or closed deal");
        }
        ScheduledAction.PostList action =
                (ScheduledAction.PostList) context.schedule().action();
        Tally.Command command = new Tally.Command(deal.get().id(), context.actor());
        ActionResult<String> text = action.kind() == ListKind.TOTALS
                ? use.tally().summarize(command).map(ReportTexts::summary)
                : use.tally().list(command).map(ReportTexts::roster);
        if (!text.isDone()) {
            return StepResult.refused(text.refusal());
        }
        announcer.post(context.group(), text.value());
        return StepResult.done("posted the " + action.kind().wireName() + " of deal "
                + deal.get().id());
    }

    private Optional<Deal> latest(long groupId, DealStatus status) {
        return use.ports().deals().find(groupId, status).stream().findFirst();
    }
}
