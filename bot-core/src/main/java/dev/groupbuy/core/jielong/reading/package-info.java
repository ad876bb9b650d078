/**
 * The last stage: what a line's anchors say. The name by position, then the order — cancels, changes against the
 * neighbour's earlier line, edits of the line's own order, plain quantities — and, when it cannot be read with
 * confidence, the review reason. Internal to the parser: callers use {@link dev.groupbuy.core.jielong.ChainParser}.
 */
package dev.groupbuy.core.jielong.reading;
