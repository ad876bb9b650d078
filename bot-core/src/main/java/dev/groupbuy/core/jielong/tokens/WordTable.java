package dev.groupbuy.core.jielong.tokens;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/** A fixed word list that answers "which word (longest first) starts here?" without scanning the list. */
public final class WordTable {

    private static final int BUCKETS = 2048;

    private final String[][] buckets = new String[BUCKETS][];

    public WordTable(Collection<String> words) {
        List<List<String>> lists = new ArrayList<>();
        for (int b = 0; b < BUCKETS; b++) {
            lists.add(new ArrayList<>());
        }
        for (String word : words) {
            if (!word.isEmpty()) {
                lists.get(word.charAt(0) & (BUCKETS - 1)).add(word);
            }
        }
        for (int b = 0; b < BUCKETS; b++) {
            List<String> list = lists.get(b);
            list.sort(Comparator.comparingInt(String::length).reversed());
            buckets[b] = list.isEmpty() ? null : list.toArray(new String[0]);
        }
    }

    /** The distinct first characters of {@code words}, in order: which characters can start one of them. */
    static String firstCharacters(Collection<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!word.isEmpty() && out.indexOf(word.substring(0, 1)) < 0) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** The longest word of the table written at {@code i}, or {@code null}. */
    public String longestAt(CharSequence s, int i) {
        return longestAt(s, i, s.length());
    }

    /** The longest word of the table written at {@code i} and ending by {@code limit}, or {@code null}. */
    public String longestAt(CharSequence s, int i, int limit) {
        if (i >= limit) {
            return null;
        }
        char c = s.charAt(i);
        String[] candidates = buckets[c & (BUCKETS - 1)];
        if (candidates == null) {
            return null;
        }
        for (String word : candidates) {
            if (word.charAt(0) == c && i + word.length() <= limit && Units.regionMatches(s, i, word)) {
                return word;
            }
        }
        return null;
    }

    public boolean occursIn(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (longestAt(s, i) != null) {
                return true;
            }
        }
        return false;
    }
}
