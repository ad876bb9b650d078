package dev.groupbuy.core.command;

import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.deal.Deal;

/** Shared phrasing helpers for commands that ran a use case. */
final class Talk {

    private Talk() {}

    /** The refusal phrased against the deal as it is now. */
    static String refused(UseCases use, Refusal refusal, CommandCall call) {
        Deal deal = call.deal() == null
                ? null
                : use.ports().deals().findById(call.deal().id()).orElse(call.deal());
        return CommandTexts.refused(refusal, deal);
    }
}
