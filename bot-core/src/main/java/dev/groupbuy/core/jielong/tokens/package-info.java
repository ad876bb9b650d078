/**
 * The third stage: one line as anchors. The tokenizer finds the catalog's words and codes, quantities and units,
 * building and room notes, pack sizes, payment and cancel marks, brackets and struck-out text; the passes here
 * refine them (menu numbers, abbreviations, sides of a meal). Internal to the parser: callers use
 * {@link dev.groupbuy.core.jielong.ChainParser}.
 */
package dev.groupbuy.core.jielong.tokens;
