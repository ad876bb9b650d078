/**
 * The second stage: the message as lines. Sequence numbers, the example line, the leader's lines (title, price,
 * deadline, footers), the options a post offers, and whether the message is a sign-up chain at all. Internal to the
 * parser: callers use {@link dev.groupbuy.core.jielong.ChainParser}.
 */
package dev.groupbuy.core.jielong.layout;
