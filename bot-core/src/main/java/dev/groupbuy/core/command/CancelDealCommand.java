package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.deal.CancelDeal;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;

/** {@code #取消团 [团名]}: asks the leader to confirm; nothing changes before {@code #确认}. */
final class CancelDealCommand implements ChatCommand {

    private static final CommandSpec SPEC =
            CommandSpec.leaders("取消团", Target.CANCELLABLE, "取消本团").namingTheDeal();

    private final UseCases use;

    CancelDealCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        ActionResult<CancelDeal.Requested> result =
                use.cancelDeal().request(new CancelDeal.Command(call.deal().id(), call.actor()));
        if (!result.isDone()) {
            return call.answer("#取消团 refused: " + result.refusal().detail(), Talk.refused(use, result.refusal(), call));
        }
        return call.answer(
                "cancel of deal " + call.deal().id() + " asked",
                call.at() + "确定取消「" + call.deal().title() + "」吗？已接龙的订单都会作废。5分钟内回复 #确认 就取消");
    }
}
