package dev.groupbuy.core.command;

/** Who may use a chat command. */
public enum Audience {
    /** The group's leaders (团长) and assistants. */
    LEADERS,
    /** Everybody in the group. */
    EVERYONE
}
