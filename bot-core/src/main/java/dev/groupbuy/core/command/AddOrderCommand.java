package dev.groupbuy.core.command;

import dev.groupbuy.core.action.ActionResult;
import dev.groupbuy.core.action.Refusal;
import dev.groupbuy.core.action.order.AddOrder;
import dev.groupbuy.core.action.order.OrderChanged;
import dev.groupbuy.core.bot.UseCases;
import dev.groupbuy.core.chat.Outcome;
import dev.groupbuy.core.report.Amounts;
import dev.groupbuy.core.report.ItemText;

/** {@code #补单 <名字> <数量>[商品]}: a leader adds an order for someone (added to theirs when they have one). */
final class AddOrderCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.leaders("补单", Target.CURRENT, "代接", "加单");
    private static final String HOW = "请写名字和数量，如『#补单 王姐 2盒』或『#补单 王姐 草莓2盒』";

    private final UseCases use;

    AddOrderCommand(UseCases use) {
        this.use = use;
    }

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        String[] parts = split(call.args());
        if (parts[0].isEmpty()) {
            return call.answer("#补单 without a name", HOW);
        }
        if (parts[1].isEmpty()) {
            return call.answer("#补单 without a quantity", "给" + parts[0] + "补多少？" + HOW);
        }
        ItemsReader.Reading reading = ItemsReader.read(call.deal(), parts[1]);
        if (reading instanceof ItemsReader.NoQuantity) {
            return call.answer("#补单 without a quantity", "没看懂数量，" + HOW);
        }
        if (reading instanceof ItemsReader.UnknownProduct unknown) {
            return call.answer("#补单 with an unknown product", "这个团没有『" + unknown.word() + "』，" + HOW);
        }
        ItemsReader.Items items = (ItemsReader.Items) reading;
        ActionResult<OrderChanged> result = use.addOrder()
                .add(new AddOrder.Command(
                        call.deal().id(), call.groupId(), parts[0], null, items.items(), "", call.actor()));
        if (!result.isDone()) {
            String text = result.refusal().reason() == Refusal.Reason.INVALID
                    ? HOW
                    : Talk.refused(use, result.refusal(), call);
            return call.answer("#补单 refused: " + result.refusal().detail(), text);
        }
        OrderChanged added = result.value();
        String now = ItemText.named(added.deal(), added.order().items());
        String amount = Amounts.text(Amounts.of(added.order(), added.deal()));
        return call.answer(
                "#补单 for an order of deal " + call.deal().id(),
                added.before() != null && added.before().isActive()
                        ? "已给" + added.order().name() + "加上，现在是" + now + "，" + amount + "元"
                        : "已给" + added.order().name() + "补上" + now + "，" + amount + "元");
    }

    /** The name and what follows: {@code 王姐 2盒}, or {@code 王姐2盒} cut before its quantity. */
    static String[] split(String args) {
        String text = args.strip();
        int space = text.indexOf(' ');
        if (space < 0) {
            space = text.indexOf('\u3000');
        }
        if (space > 0) {
            return new String[] {
                text.substring(0, space).strip(), text.substring(space + 1).strip()
            };
        }
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return new String[] {text.substring(0, i), text.substring(i)};
            }
        }
        return new String[] {text, ""};
    }
}
