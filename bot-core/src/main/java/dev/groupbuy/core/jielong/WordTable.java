package dev.groupbuy.core.jielong;

import java.util.Collection;
import java.util.List;

/**
 * A fixed word list that answers "which word (longest first) starts here?" in one walk down a
 * {@link WordTrie}: the cost is the length of the word found, never the number of words in the list.
 */
final class WordTable {

    private final List<String> words;
    private final WordTrie trie;

    WordTable(Collection<String> words) {
        this.words = words.stream().filter(w -> !w.isEmpty()).distinct().toList();
        this.trie = new WordTrie(this.words);
    }

    /** The longest word of the table written at {@code i}, or {@code null}. */
    String longestAt(CharSequence s, int i) {
        return longestAt(s, i, s.length());
    }

    /** The longest word of the table written at {@code i} and ending by {@code limit}, or {@code null}. */
    String longestAt(CharSequence s, int i, int limit) {
        String longest = null;
        int node = WordTrie.ROOT;
        for (int j = i; j < limit; j++) {
            node = trie.child(node, s.charAt(j));
            if (node == WordTrie.NONE) {
                break;
            }
            int w = trie.word(node);
            if (w != WordTrie.NONE) {
                longest = words.get(w);
            }
        }
        return longest;
    }

    boolean occursIn(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (longestAt(s, i) != null) {
                return true;
            }
        }
        return false;
    }
}
