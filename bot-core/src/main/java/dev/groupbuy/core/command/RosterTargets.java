package dev.groupbuy.core.command;

import dev.groupbuy.core.report.Roster;
import java.util.ArrayList;
import java.util.List;

/**
 * The orders a leader names after {@code #核销} or {@code #取消}: one or more 序号 or names, separated by
 * spaces or commas. Each is found in the roster, or said to be missing or unclear.
 */
final class RosterTargets {

    private RosterTargets() {}

    record Found(List<Roster.Entry> entries, List<String> problems) {}

    static Found find(Roster roster, String args) {
        List<Roster.Entry> entries = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (String word : words(args)) {
            List<Roster.Entry> matches = roster.find(word);
            if (matches.size() == 1) {
                if (!entries.contains(matches.get(0))) {
                    entries.add(matches.get(0));
                }
            } else if (matches.isEmpty()) {
                problems.add(missing(roster, word));
            } else {
                problems.add("『" + word + "』有" + matches.size() + "位（"
                        + String.join(
                                "、",
                                matches.stream()
                                        .map(e -> e.number() + ". " + e.order().name())
                                        .toList())
                        + "），请发序号");
            }
        }
        return new Found(entries, problems);
    }

    /** Several targets only when each is a number or the words are separated by commas; a name may hold spaces. */
    static List<String> words(String args) {
        String text = args.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.matches("[\\d\\s,，、]+") || text.matches(".*[,，、].*")) {
            return List.of(text.split("[\\s,，、]+")).stream()
                    .filter(w -> !w.isEmpty())
                    .toList();
        }
        return List.of(text);
    }

    private static String missing(Roster roster, String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return roster.entries().isEmpty()
                    ? "名单里还没有人"
                    : "没有" + word + "号，名单是1到" + roster.entries().size() + "号";
        }
        return "名单里没找到『" + word + "』";
    }
}
