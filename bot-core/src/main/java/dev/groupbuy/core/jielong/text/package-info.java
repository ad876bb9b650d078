/**
 * The first stage of reading a chain: characters. Normalising a message (full-width forms, brackets, invisible
 * marks), Chinese numerals and a word trie. Internal to the parser: callers use
 * {@link dev.groupbuy.core.jielong.ChainParser}.
 */
package dev.groupbuy.core.jielong.text;
