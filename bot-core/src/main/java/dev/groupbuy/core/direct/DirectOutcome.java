package dev.groupbuy.core.direct;

/** What became of a 1:1 message. */
public enum DirectOutcome {
    /** Stored as a command in the person's group; it is processed there and answered 1:1. */
    FORWARDED,
    /** The same message id was forwarded before: nothing happens again. */
    DUPLICATE,
    /** The person is in several groups and named none: the bot asked which. */
    ASKED_WHICH_GROUP,
    /** Not a command, or from someone in no group: the help text was sent (at most once a day). */
    HELPED,
    /** Nothing to do, nothing said (the help text was sent today already). */
    QUIET
}
