package dev.groupbuy.core.jielong.text;

/** The bracket pairs residents put remarks in (full-width ones are already folded to ASCII). */
public final class Brackets {

    private static final String OPEN = "([{【「〔〖『<（";
    private static final String CLOSE = ")]}】」〕〗』>）";

    private Brackets() {}

    /** The closing bracket for {@code open}, or 0 when {@code open} does not open a bracket. */
    public static int closing(char open) {
        int k = OPEN.indexOf(open);
        return k < 0 ? 0 : CLOSE.charAt(k);
    }
}
