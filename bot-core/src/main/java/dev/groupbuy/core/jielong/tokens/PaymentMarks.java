package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.jielong.text.TextNormalizer;
import java.util.List;

/**
 * The marks residents put on their line once they have paid: {@code 已付}, {@code 已转}, {@code 付了},
 * {@code 转了}, {@code 已支付}, {@code ✅}, {@code 💰}. {@code 未付} and {@code 还没付} say the opposite.
 */
public final class PaymentMarks {

    private static final List<String> PAID =
            List.of("已付", "已转", "付了", "转了", "已支付", "已交", "已结", "付过了", "转过了", "已微信", "✅", "☑", "✔", "💰");
    private static final List<String> UNPAID = List.of("未付", "没付", "未转", "没转", "还没付", "还没转", "待付", "未支付");

    private static final WordTable PAID_TABLE = new WordTable(PAID);
    private static final WordTable UNPAID_TABLE = new WordTable(UNPAID);

    private PaymentMarks() {}

    /** Whether a participant line says its order is paid. */
    public static boolean saysPaid(String line) {
        String text = TextNormalizer.normalize(line);
        return PAID_TABLE.occursIn(text) && !UNPAID_TABLE.occursIn(text);
    }
}
