package dev.groupbuy.core.announce;

import java.util.List;

/** One thing to say in a group, with the people it @-mentions. */
record Announcement(String text, List<Mention> mentions) {

    static Announcement of(String text) {
        return new Announcement(text, List.of());
    }

    /** A person written as {@code @name} in the text, with their platform user id. */
    record Mention(String userId, String name) {}

    /** The user ids of the people a part of the text @-mentions. */
    List<String> mentionedIn(String part) {
        return mentions.stream()
                .filter(m -> part.contains("@" + m.name()))
                .map(Mention::userId)
                .distinct()
                .toList();
    }
}
