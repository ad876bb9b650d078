package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.order.MarkPickedUp;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.report.Roster;
import dev.groupbuy.core.report.Tally;
import java.util.ArrayList;
import java.util.List;

/** {@code #核销 <序号|名字> …}: marks orders picked up and says how many are left. */
final class PickupCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.leaders("核销", Target.PICKUP, "已取", "取货");

    private final UseCases use;

    PickupCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        if (call.args().isBlank()) {
            return call.answer("#核销 without a target", "请写序号或名字，如『#核销 3』或『#核销 王姐』，发 #未取 看名单");
        }
        ActionResult<Roster> roster =
                use.tally().list(new Tally.Command(call.deal().id(), call.actor()));
        if (!roster.isDone()) {
            return call.answer("#核销 refused: " + roster.refusal().detail(), Talk.refused(use, roster.refusal(), call));
        }
        RosterTargets.Found found = RosterTargets.find(roster.value(), call.args());
        List<String> done = new ArrayList<>();
        List<String> problems = new ArrayList<>(found.problems());
        long waiting = -1;
        for (Roster.Entry entry : found.entries()) {
            String who = entry.number() + ". " + entry.order().name();
            ActionResult<MarkPickedUp.PickedUp> result = use.markPickedUp()
                    .pickUp(new MarkPickedUp.Command(entry.order().id(), call.actor()));
            if (result.isDone()) {
                done.add(who);
                waiting = result.value().waiting();
            } else if (!entry.order().isActive()) {
                problems.add(who + " 已经取过了");
            } else {
                problems.add(who + "：" + Talk.refused(use, result.refusal(), call));
            }
        }
        return call.answer(
                "picked up " + done.size() + " orders of deal " + call.deal().id(), text(done, problems, waiting));
    }

    private static String text(List<String> done, List<String> problems, long waiting) {
        StringBuilder text = new StringBuilder();
        if (!done.isEmpty()) {
            text.append("已核销 ").append(String.join("、", done));
            text.append(waiting == 0 ? "，全部取完啦👍" : "，还有" + waiting + "位没取");
        }
        for (String problem : problems) {
            text.append(text.length() == 0 ? "" : "\n").append(problem);
        }
        if (done.isEmpty() && !problems.isEmpty()) {
            text.append("（发 #未取 看名单和序号）");
        }
        return text.toString();
    }
}
