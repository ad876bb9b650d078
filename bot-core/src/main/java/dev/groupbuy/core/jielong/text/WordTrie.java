package dev.groupbuy.core.jielong.text;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * A fixed list of words as a trie, so that every word starting at a position is found in one walk along
 * the text, however many words share a prefix: the walk costs at most the length of the longest word,
 * never the number of words. Words are numbered by their position in the list the trie was built from.
 *
 * <p>Nodes are numbered breadth first, so the children of a node are consecutive and sorted by their
 * character: a node is four array slots, and a step is a binary search among its children.
 */
public final class WordTrie {

    public static final int ROOT = 0;
    public static final int NONE = -1;

    private final char[] label;
    private final int[] firstChild;
    private final int[] word;

    /** Builds the trie of {@code words}: distinct, non-empty; word {@code k} is reported as {@code k}. */
    public WordTrie(List<String> words) {
        Integer[] order = new Integer[words.size()];
        int chars = 0;
        for (int k = 0; k < order.length; k++) {
            order[k] = k;
            chars += words.get(k).length();
        }
        Arrays.sort(order, Comparator.comparing(words::get));
        char[] labels = new char[chars + 1];
        int[] firsts = new int[chars + 2];
        int[] ends = new int[chars + 1];
        Arrays.fill(ends, NONE);
        int nodes = 1;
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        queue.add(new int[] {ROOT, 0, order.length, 0});
        while (!queue.isEmpty()) {
            int[] n = queue.poll();
            int node = n[0];
            int lo = n[1];
            int hi = n[2];
            int depth = n[3];
            if (lo < hi && words.get(order[lo]).length() == depth) {
                ends[node] = order[lo++];
            }
            firsts[node] = nodes;
            while (lo < hi) {
                char c = words.get(order[lo]).charAt(depth);
                int end = lo + 1;
                while (end < hi && words.get(order[end]).charAt(depth) == c) {
                    end++;
                }
                labels[nodes] = c;
                queue.add(new int[] {nodes++, lo, end, depth + 1});
                lo = end;
            }
        }
        firsts[nodes] = nodes;
        this.label = Arrays.copyOf(labels, nodes);
        this.firstChild = Arrays.copyOf(firsts, nodes + 1);
        this.word = Arrays.copyOf(ends, nodes);
    }

    /** The node reached from {@code node} by {@code c}, or {@link #NONE}. */
    public int child(int node, char c) {
        int lo = firstChild[node];
        int hi = firstChild[node + 1] - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = label[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return NONE;
    }

    /** The number of the word that ends at {@code node}, or {@link #NONE}. */
    public int word(int node) {
        return word[node];
    }

    /** The first characters of the words, each once, in ascending order. */
    public String firstCharacters() {
        return new String(label, firstChild[ROOT], firstChild[ROOT + 1] - firstChild[ROOT]);
    }
}
