package dev.groupbuy.core.jielong;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Predicate;

/**
 * The measure words of a catalog's products, distinct, in catalog order: an ordinary immutable list to
 * its readers, which {@link Units} also asks for the longest one written at a position through a
 * {@link WordTrie}, so reading a unit never scans the catalog's units however many share a prefix.
 */
final class CatalogUnits extends AbstractList<String> implements RandomAccess {

    private final List<String> units;
    private final WordTrie trie;

    CatalogUnits(List<String> units) {
        this.units = List.copyOf(units);
        this.trie = new WordTrie(this.units);
    }

    /** The longest unit written at {@code from} that {@code fits}, or {@code null}. */
    String longestAt(CharSequence s, int from, Predicate<String> fits) {
        String longest = null;
        int node = WordTrie.ROOT;
        for (int j = from; j < s.length(); j++) {
            node = trie.child(node, s.charAt(j));
            if (node == WordTrie.NONE) {
                break;
            }
            int w = trie.word(node);
            if (w != WordTrie.NONE && fits.test(units.get(w))) {
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
