package dev.groupbuy.core.jielong;

/** Why a participant line needs a human before it becomes an order: a closed set, one per kind of doubt. */
public enum ReviewReason {
    /** The line names a product the deal does not sell (or a variant not on sale): {@code 榴莲1个}. */
    UNKNOWN_PRODUCT,
    /** A word fits several products, or the resident leaves the choice open: {@code 草莓或者蓝莓都行}. */
    AMBIGUOUS_PRODUCT,
    /** No quantity can be read where one is needed, or a number names no product: {@code 老样子}. */
    UNCLEAR_QUANTITY,
    /** The unit does not fit the product, or a fraction of a counted product: {@code 草莓2斤}. */
    UNIT_MISMATCH,
    /** Several quantities that do not agree: {@code 2盒还是3盒}. */
    CONFLICTING_NUMBERS,
    /** The line asks something instead of ordering: {@code 王姐 ？}, {@code 还有吗}. */
    QUESTION,
    /** The line orders something but says for whom nowhere. */
    NO_NAME,
    /** Two word groups could each be the person ({@code 林场 老李 1只}: a place or a name?). */
    UNCLEAR_NAME,
    /**
     * The same line stands again under another number ({@code 8. 艳艳 1个} then {@code 9. 艳艳 1个}): a second order,
     * or the line pasted twice? The first stands; the second waits for the person.
     */
    REPEATED_LINE,
    /** The line (or the name on it) is longer than anyone writes; it is not read. */
    TOO_LONG,
    /** Reading the line failed; a defect of the parser, kept as a review so the message still applies. */
    UNREADABLE
}
