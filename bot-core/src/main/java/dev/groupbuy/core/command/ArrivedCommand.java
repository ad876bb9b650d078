package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.AnnounceArrival;
import dev.groupbuy.core.action.deal.DealChanged;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;

/** {@code #到货 [自提地点和时间]}: tells every buyer, by name, that the goods are here. */
final class ArrivedCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.leaders("到货", Target.CLOSED, "到货了");

    private final UseCases use;

    ArrivedCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        ActionResult<DealChanged> result = use.announceArrival()
                .announce(new AnnounceArrival.Command(call.deal().id(), call.args(), call.actor()));
        if (!result.isDone()) {
            return call.answer(
                    "arrival refused: " + result.refusal().detail(), Talk.refused(use, result.refusal(), call));
        }
        return call.announced(
                "deal " + call.deal().id() + " arrived", result.value().posted());
    }
}
