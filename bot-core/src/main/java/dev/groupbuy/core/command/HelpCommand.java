package dev.groupbuy.core.command;

import dev.groupbuy.core.chat.Outcome;

/** {@code #帮助}: the commands this person may use, in two or three lines. */
final class HelpCommand implements ChatCommand {

    private static final CommandSpec SPEC = CommandSpec.everyone("帮助", Target.NONE, "help", "命令", "菜单");

    static final String RESIDENTS = "#我的 查自己的订单，#取消 取消自己的订单，#已付 付过款了；想改数量直接说『改成3盒』";
    static final String LEADERS =
            "团长：#开团 #截单 #恢复接龙 #汇总 #名单 #导出 #到货 #核销 #未取 #取消 序号 #补单 名字 数量 #复团 #取消团" + " #已付 序号 #退款 序号 #催款";

    @Override
    public CommandSpec spec() {
        return SPEC;
    }

    @Override
    public Outcome run(CommandCall call) {
        return call.leads()
                ? call.answer("help for a leader", LEADERS + "\n大家：" + RESIDENTS)
                : call.answer("help", "接龙照常复制加一行就行。" + RESIDENTS);
    }
}
