package dev.groupbuy.core.jielong.tokens;

/** What a piece of a participant line is. */
public enum TokenKind {
    /** Words: a name, a remark, an unknown product. */
    TEXT,
    SPACE,
    PUNCT,
    /** A product of the deal (or several, when the word is ambiguous). */
    PRODUCT,
    /** A word shaped like one of the deal's products (same head noun) that is none of them: {@code 牛筋丸}. */
    VARIANT,
    /** A quantity, with the unit written after it if any. */
    NUMBER,
    /** {@code x}, {@code *}, {@code ×} before a quantity. */
    TIMES,
    /** {@code +} or {@code 加} between or before quantities. */
    PLUS,
    /** A building/room note such as {@code 3栋502}, {@code 5-2-301}, {@code 东门}. */
    BUILDING,
    /** Numbers that are not quantities: times, money, dates, a repeated total. */
    SKIP,
    /** Text in brackets. */
    REMARK,
    /** Text struck through with {@code ~~}. */
    STRIKE,
    CANCEL,
    CHANGE,
    /** {@code 同上}. */
    SAME,
    /** {@code 各}. */
    EACH,
    /** {@code 每样}. */
    EVERY,
    /** {@code 或者}, {@code 都行}: the resident leaves the choice open. */
    OR
}
