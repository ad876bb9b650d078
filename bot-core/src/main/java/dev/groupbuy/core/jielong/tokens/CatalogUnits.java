package dev.groupbuy.core.jielong.tokens;

import dev.groupbuy.core.jielong.text.WordTrie;
import java.util.AbstractList;
import java.util.BitSet;
import java.util.List;
import java.util.RandomAccess;

/**
 * The measure words of a catalog's products, distinct, in catalog order: an ordinary immutable list to
 * its readers, which {@link Units} also asks for the longest one written at a position through a
 * {@link WordTrie}, so reading a unit never scans the catalog's units however many share a prefix.
 */
public final class CatalogUnits extends AbstractList<String> implements RandomAccess {

    private final List<String> units;
    private final WordTrie trie;
    private final BitSet starts = new BitSet();

    CatalogUnits(List<String> units) {
        this.units = List.copyOf(units);
        this.trie = new WordTrie(this.units);
        trie.firstCharacters().chars().forEach(starts::set);
    }

    /** The longest unit written at {@code from} and not glued to a word ({@link Units#gluedToWord}), or {@code null}. */
    String longestAt(CharSequence s, int from) {
        if (!starts.get(s.charAt(from))) {
            return null;
        }
        String longest = null;
        int node = WordTrie.ROOT;
        for (int j = from; j < s.length(); j++) {
            node = trie.child(node, s.charAt(j));
            if (node == WordTrie.NONE) {
                break;
            }
            int w = trie.word(node);
            if (w != WordTrie.NONE && !Units.gluedToWord(s, from, units.get(w))) {
                longest = units.get(w);
            }
        }
        return longest;
    }

    @Override
    public String get(int index) {
        return units.get(index);
    }

    @Override
    public int size() {
        return units.size();
    }
}
