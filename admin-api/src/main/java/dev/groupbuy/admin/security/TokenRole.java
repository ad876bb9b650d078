package dev.groupbuy.admin.security;

import java.util.Locale;

/** What the bearer token of a request may do: everything, or only read. */
public enum TokenRole {
    OPERATOR,
    READ_ONLY;

    /** The request attribute holding the role of an accepted token. */
    static final String ATTRIBUTE = TokenRole.class.getName();

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
