package dev.groupbuy.core.signup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.groupbuy.core.deal.CatalogItem;
import dev.groupbuy.core.deal.Deal;
import dev.groupbuy.core.group.ChatGroup;
import dev.groupbuy.core.jielong.ChainParser;
import dev.groupbuy.core.order.Order;
import dev.groupbuy.core.testing.TestBot;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
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
 * before it was posted). Run once with a scripted reader and once with the real parser on 接龙 as people
 * write it. Seeded: the seed is in the failure message, and {@code -Dmerge.seed=...} replays a run.
 */
class MergeOrderPropertyTests {

    private static final int INTERLEAVINGS = 5;
    private static final List<CatalogItem> CATALOG =
            List.of(CatalogItem.of("A", "丹东草莓", List.of("草莓"), "盒", BigDecimal.valueOf(25)));

    @Test
    void anyInterleavingRespectingEachSendersOrderYieldsTheSameActiveOrders() {
        check(Phrasing.SCRIPTED, 200);
    }

    @Test
    void theSameHoldsForRealChainsReadByTheParser() {
        check(Phrasing.REALISTIC, 60);
    }

    private static void check(Phrasing phrasing, int runs) {
        long base = Long.getLong("merge.seed", System.nanoTime());
        for (int run = 0; run < runs; run++) {
            long seed = base + run;
            Scenario scenario = Scenario.random(new Random(seed), phrasing);
            Random shuffler = new Random(seed * 31 + 7);
            for (int i = 0; i < INTERLEAVINGS; i++) {
                List<Post> order = scenario.interleave(shuffler);
                assertThat(replay(order, phrasing))
                        .as("%s seed %d, interleaving %d: %s", phrasing, seed, i, order)
                        .isEqualTo(scenario.expectedActive());
            }
        }
    }

    private static Map<String, String> replay(List<Post> posts, Phrasing phrasing) {
        TestBot bot =
                phrasing == Phrasing.SCRIPTED ? TestBot.withSimpleReader() : new TestBot(new ChainParser()::parse);
        ChatGroup group = bot.group("g1", "L1", "王团长");
        Deal deal = bot.openDeal(group, "丹东草莓", CATALOG);
        int n = 0;
        for (Post post : posts) {
            bot.send("g1", "m" + (++n), "u-" + post.sender(), post.sender(), post.text());
        }
        Map<String, String> active = new TreeMap<>();
        for (Order order : bot.activeOrders(deal.id())) {
            active.put(order.name(), order.items().get(0).qty().toPlainString());
        }
        return active;
    }

    /** How a participant's line versions are written: for the scripted reader, or as residents write them. */
    enum Phrasing {
        SCRIPTED("#接龙 丹东草莓", List.of("居民1", "居民2", "居民3", "居民4", "居民5", "居民6")),
        REALISTIC(
                "#接龙\n丹东草莓 25元/盒\n今晚9点截单，明天下午南门自提\n\n例：张三 3栋502 2盒\n",
                List.of("李淑芬", "王志刚", "周雪梅", "豆豆妈", "吴国庆", "朵朵妈咪🌷"));

        private static final List<String> CANCELS = List.of("不要了", "取消", "退了", "不要了谢谢", "先不要了");

        final String header;
        final List<String> names;

        Phrasing(String header, List<String> names) {
            this.header = header;
            this.names = names;
        }

        String line(String name, Edit edit) {
            if (this == SCRIPTED) {
                return edit.qty() == null ? name + " 取消" + edit.index() : name + " " + edit.qty();
            }
            if (edit.qty() == null) {
                return name + " " + CANCELS.get(edit.cancels());
            }
            return edit.index() == 0 ? name + " " + edit.qty() + "盒" : name + " 改" + edit.qty() + "盒";
        }
    }

    /**
     * One version of a participant's line: the {@code index}-th edit, a quantity or a cancel ({@code qty}
     * null; {@code cancels} counts the participant's earlier cancels, so every text differs).
     */
    private record Edit(int index, Integer qty, int cancels) {}

    /**
     * One snapshot.
     *
     * @param after the posts it must follow: the sender's previous post, and each post whose line it copied
     */
    private record Post(int id, String sender, String text, Set<Integer> after) {
        @Override
        public String toString() {
            return sender + ":" + text.substring(text.indexOf("\n1.") + 1).replace("\n", "|");
        }
    }

    /** A published line version and the post that published it. */
    private record Published(String text, boolean active, int qty, int postId) {}

    /**
     * Residents each edit their own line a few times (new quantity, cancel, re-order; never repeating a
     * text); each of their posts is a snapshot of the list as they saw it, often missing others' lines.
     */
    private record Scenario(List<Post> posts, Map<String, Published> last) {

        static final int MAX_POSTS_EACH = 5;

        static Scenario random(Random random, Phrasing phrasing) {
            int residents = 2 + random.nextInt(phrasing.names.size() - 1);
            List<String> names = phrasing.names.subList(0, residents);
            Map<String, List<Integer>> quantities = new LinkedHashMap<>();
            names.forEach(name -> quantities.put(name, shuffled(random)));
            Map<String, Integer> edits = new LinkedHashMap<>();
            Map<String, Integer> cancels = new LinkedHashMap<>();
            Map<String, Published> published = new LinkedHashMap<>();
            List<Post> posts = new ArrayList<>();
            int steps = residents + random.nextInt(residents * 3);
            for (int id = 0; id < steps; id++) {
                List<String> senders = names.stream()
                        .filter(n -> edits.getOrDefault(n, 0) < MAX_POSTS_EACH)
                        .toList();
                String sender = senders.get(random.nextInt(senders.size()));
                int index = edits.merge(sender, 1, Integer::sum) - 1;
                boolean cancel = index > 0 && published.get(sender).active() && random.nextInt(3) == 0;
                Edit edit = cancel
                        ? new Edit(index, null, cancels.merge(sender, 1, Integer::sum) - 1)
                        : new Edit(index, quantities.get(sender).get(index), cancels.getOrDefault(sender, 0));
                Published mine = new Published(phrasing.line(sender, edit), !cancel, cancel ? 0 : edit.qty(), id);
                Map<String, Published> view = staleView(published, sender, random);
                Set<Integer> after = new HashSet<>();
                view.values().forEach(line -> after.add(line.postId()));
                view.put(sender, mine);
                published.put(sender, mine);
                posts.add(new Post(id, sender, render(phrasing, view), after));
            }
            return new Scenario(posts, published);
        }

        private static List<Integer> shuffled(Random random) {
            List<Integer> quantities = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
            Collections.shuffle(quantities, random);
            return quantities;
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

        private static String render(Phrasing phrasing, Map<String, Published> view) {
            StringBuilder text = new StringBuilder(phrasing.header);
            int seq = 0;
            for (Published line : view.values()) {
                text.append('\n').append(++seq).append(". ").append(line.text());
            }
            return text.toString();
        }

        Map<String, String> expectedActive() {
            Map<String, String> active = new TreeMap<>();
            last.forEach((name, line) -> {
                if (line.active()) {
                    active.put(name, String.valueOf(line.qty()));
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
