package dev.groupbuy.core.jielong.layout;

import dev.groupbuy.core.jielong.tokens.LineTokenizer;

/**
 * A chain the leader marks as the money comes in ({@code 1. 阿娣 2袋 ✔已收30}, {@code 2. 根宝 1袋 ❌未收},
 * {@code 5. 毛毛 1袋 ❌}): where sign-ups carry ticks and a cross is spelled out as not paid on one of them, a cross on
 * another says the same — a leader never reads it as the order crossed out. Such a line is read with the cross spelled
 * out as {@code 未付}. Where no cross is so spelled out, a cross is a cross ({@code 1箱❌} among {@code 1箱 ✅}).
 */
public final class PaymentTally {

    /** Fewest ticked sign-ups that make the chain a tally. */
    private static final int FEWEST_TICKS = 3;

    private static final String TICKS = "✔✅☑✓";

    private static final String CROSSES = "❌✘✗";

    private final boolean present;

    private PaymentTally(boolean present) {
        this.present = present;
    }

    public static PaymentTally of(String[] lines, ChainLayout layout) {
        int ticked = 0;
        boolean notPaid = false;
        for (int i = layout.exampleLine() + 1; i < lines.length; i++) {
            if (layout.sequence(i) == null) {
                continue;
            }
            ticked += holdsAny(lines[i], TICKS) ? 1 : 0;
            for (int k = 0; k < lines[i].length() && !notPaid; k++) {
                notPaid = CROSSES.indexOf(lines[i].charAt(k)) >= 0 && LineTokenizer.notPaidAfter(lines[i], k + 1);
            }
        }
        return new PaymentTally(ticked >= FEWEST_TICKS && notPaid);
    }

    /** {@code body} with a cross after its order spelled out as not paid, in a tally; else {@code body}. */
    public String rewritten(String body) {
        if (!present || !holdsAny(body, CROSSES)) {
            return body;
        }
        StringBuilder out = new StringBuilder(body.length() + 4);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            out.append(CROSSES.indexOf(c) >= 0 && i > 0 ? " 未付 " : String.valueOf(c));
        }
        return out.toString();
    }

    private static boolean holdsAny(String s, String marks) {
        for (int i = 0; i < s.length(); i++) {
            if (marks.indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
