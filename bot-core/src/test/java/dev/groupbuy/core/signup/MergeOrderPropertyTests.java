package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.testing.TestBot;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Any interleaving of the same snapshots that keeps each sender's own order yields the same active
 * orders, when each participant's line is only edited by its own sender. An interleaving also keeps
 * cause before effect: a snapshot comes after the posts whose lines it copied (nobody can copy a line
 * before it was posted). Seeded: the seed is printed in the failure message, and
 * {@code -Dmerge.seed=...} replays a run.
 */
class MergeOrderPropertyTests {

    private static final int RUNS = 200;
    private static final int INTERLEAVINGS = 5;

    @Test
    void anyInterleavingRespectingEachSendersOrderYieldsTheSameActiveOrders() {
        long base = Long.getLong("merge.seed", System.nanoTime());
        for (int run = 0; run < RUNS; run++) {
            long seed = base + run;
            Scenario scenario = Scenario.random(new Random(seed));
            Map<String, String> expected = scenario.expectedActive();
            Random shuffler = new Random(seed * 31 + 7);
            for (int i = 0; i < INTERLEAVINGS; i++) {
                List<Post> order = scenario.interleave(shuffler);
                assertThat(replay(order))
                        .as("seed %d, interleaving %d: %s", seed, i, order)
                        .isEqualTo(expected);
            }
        }
    }

    private static Map<String, String> replay(List<Post> posts) {
        TestBot bot = TestBot.withSimpleReader();
        ChatGroup group = bot.group("g1", "L1", "王团长");
        Deal deal = bot.openDeal(group, "丹东草莓", List.of(TestBot.item("A", "丹东草莓", "盒")));
        int n = 0;
        for (Post post : posts) {
            bot.send("g1", "m" + (++n), post.sender(), post.sender(), post.text());
        }
        Map<String, String> active = new TreeMap<>();
        for (Order order : bot.activeOrders(deal.id())) {
            active.put(order.name(), order.items().get(0).qty().toPlainString());
        }
        return active;
    }

    /**
     * One snapshot.
     *
     * @param after the posts it must follow: the sender's previous post, and each post whose line it copied
     */
    private record Post(int id, String sender, String text, Set<Integer> after) {
        @Override
        public String toString() {
            return sender + ":" + text.replace("\n", "|");
        }
    }

    /** A published line version and the post that published it. */
    private record Published(String text, int postId) {}

    /**
     * Residents each edit their own line a few times (new quantity, cancel, re-order; never repeating a
     * text); each of their posts is a snapshot of the list as they saw it, often missing others' lines.
     */
    private record Scenario(List<Post> posts, Map<String, String> lastTexts) {

        static Scenario random(Random random) {
            int residents = 2 + random.nextInt(5);
            List<Post> posts = new ArrayList<>();
            Map<String, Published> published = new LinkedHashMap<>();
            Map<String, Integer> edits = new LinkedHashMap<>();
            int steps = residents + random.nextInt(residents * 3);
            for (int id = 0; id < steps; id++) {
                String sender = "居民" + (1 + random.nextInt(residents));
                int edit = edits.merge(sender, 1, Integer::sum) - 1;
                boolean cancel = edit > 0 && random.nextInt(4) == 0;
                String mine = cancel ? sender + " 取消#" + edit : sender + " " + (edit * 10 + 1 + random.nextInt(9));
                Map<String, Published> view = staleView(published, sender, random);
                Set<Integer> after = new HashSet<>();
                view.values().forEach(line -> after.add(line.postId()));
                view.put(sender, new Published(mine, id));
                published.put(sender, new Published(mine, id));
                posts.add(new Post(id, sender, render(view), after));
            }
            Map<String, String> last = new LinkedHashMap<>();
            published.forEach((name, line) -> last.put(name, line.text()));
            return new Scenario(posts, last);
        }

        /** What a sender copies: their own latest line and a random subset of the others' latest lines. */
        private static Map<String, Published> staleView(
                Map<String, Published> published, String sender, Random random) {
            Map<String, Published> view = new LinkedHashMap<>();
            published.forEach((name, line) -> {
                if (name.equals(sender) || random.nextInt(3) > 0) {
                    view.put(name, line);
                }
            });
            return view;
        }

        private static String render(Map<String, Published> view) {
            StringBuilder text = new StringBuilder("#接龙 丹东草莓");
            int seq = 0;
            for (Published line : view.values()) {
                text.append('\n').append(++seq).append(". ").append(line.text());
            }
            return text.toString();
        }

        Map<String, String> expectedActive() {
            Map<String, String> active = new TreeMap<>();
            lastTexts.forEach((name, text) -> {
                if (!text.contains("取消")) {
                    active.put(name, text.substring(text.indexOf(' ') + 1));
                }
            });
            return active;
        }

        /** A random order of all posts in which every post comes after the posts it follows. */
        List<Post> interleave(Random random) {
            List<Post> pending = new ArrayList<>(posts);
            Set<Integer> done = new HashSet<>();
            List<Post> order = new ArrayList<>();
            while (!pending.isEmpty()) {
                List<Post> ready = pending.stream()
                        .filter(p -> done.containsAll(p.after()))
                        .toList();
                Post next = ready.get(random.nextInt(ready.size()));
                pending.remove(next);
                done.add(next.id());
                order.add(next);
            }
            return order;
        }
    }
}
