package dev.groupbuy.core.direct;

import dev.groupbuy.core.direct.Memberships.Membership;
import java.util.List;

/** What the bot says in a 1:1 chat. */
final class DirectTexts {

    static final String HELP =
            "你好，我是团购助手。团长在这里发命令管理自己的群，例如 #截单 #汇总 #名单 #导出 #到货；" + "团员可以发 #我的 查订单、#取消 取消订单。在几个群的话，命令前加群号，如『2 #汇总』。";
    static final String NO_GROUP = "还没找到你在哪个群。请团长把你加为群成员后再发命令。";

    private DirectTexts() {}

    static String whichGroup(List<Membership> groups) {
        StringBuilder text = new StringBuilder("你在这几个群：");
        for (int i = 0; i < groups.size(); i++) {
            String name = groups.get(i).group().name();
            text.append('\n')
                    .append(i + 1)
                    .append(' ')
                    .append(name.isEmpty() ? groups.get(i).group().chatId() : name);
        }
        return text.append("\n请在命令前加群号再发一次，如『2 #汇总』").toString();
    }
}
