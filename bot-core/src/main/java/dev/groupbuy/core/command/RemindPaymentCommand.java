package dev.groupbuy.core.command;

import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.report.Roster;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code #催款}: one message that @-mentions everyone in this group who has not paid for the current deal, with
 * what each owes (cut into several at the platform's size limit, each mentioning the people in it).
 */
final class RemindPaymentCommand implements ChatCommand {

    private static final CommandSpec SPEC =
            CommandSpec.leaders("催款", Target.CURRENT, "催付", "提醒付款").namingTheDeal();

    private final UseCases use;

    RemindPaymentCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        Deal deal = call.deal();
        Roster roster = Roster.of(deal, use.ports().orders().findByDeal(deal.id()), List.of());
        List<Roster.Entry> unpaid = PaymentTexts.unpaid(roster, call.groupId());
        if (unpaid.isEmpty()) {
            boolean anyOrder = roster.entries().stream()
                    .anyMatch(e ->
                            e.order().groupId() == call.groupId() && e.order().counts());
            return call.answer(
                    "#催款 with nobody unpaid",
                    anyOrder ? PaymentTexts.stillUnpaid(deal, unpaid) : "「" + deal.title() + "」还没有订单");
        }
        StringBuilder text = new StringBuilder(PaymentTexts.stillUnpaid(deal, unpaid)).append('：');
        Map<String, String> mentions = new LinkedHashMap<>();
        for (Roster.Entry entry : unpaid) {
            text.append("\n@")
                    .append(entry.order().name())
                    .append(' ')
                    .append(PaymentTexts.amount(entry.order(), deal));
            if (entry.order().memberId() != null) {
                mentions.put(entry.order().name(), entry.order().memberId());
            }
        }
        text.append('\n').append(PaymentTexts.HOW_TO_PAY);
        return Outcome.done(
                "#催款 of " + unpaid.size() + " orders of deal " + deal.id(),
                Replies.mentioning(call.context(), text.toString(), mentions));
    }
}
