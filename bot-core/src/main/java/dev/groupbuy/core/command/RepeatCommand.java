package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.OpenDeal;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.deal.Deal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** {@code #复团 [团名]}: a new open deal with the catalog of the group's last (or the named) deal. */
final class RepeatCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.leaders("复团", Target.NONE, "再开一团", "再来一团");

    private final UseCases use;

    RepeatCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        Optional<Deal> source = source(call.groupId(), call.args());
        if (source.isEmpty()) {
            return call.answer(
                    "#复团 without a deal to repeat",
                    call.args().isBlank() ? "这个群还没有开过团，请用 #开团" : "没找到「" + call.args() + "」这个团");
        }
        Deal old = source.get();
        ActionResult<OpenDeal.Opened> result = use.openDeal()
                .open(new OpenDeal.Command(
                        old.title(), List.of(call.groupId()), old.catalog(), null, old.pickup(), call.actor()));
        if (!result.isDone()) {
            return call.answer(
                    "#复团 refused: " + result.refusal().detail(), CommandTexts.refused(result.refusal(), null));
        }
        return call.announced("repeated deal " + old.id(), result.value().posted());
    }

    private Optional<Deal> source(long groupId, String hint) {
        List<Deal> all = use.ports().deals().find(groupId, null);
        return all.stream()
                .filter(deal -> hint.isBlank() || deal.title().contains(hint) || hint.contains(deal.title()))
                .max(Comparator.comparing(Deal::id));
    }
}
