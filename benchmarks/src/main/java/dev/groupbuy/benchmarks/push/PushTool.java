package dev.groupbuy.benchmarks.push;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A scheduled push to many sandbox groups against a running service (see {@code benchmarks/scripts/push-test.sh}
 * and {@code push-crash-test.sh}):
 *
 * <pre>
 * prepare --base-url URL --token T --groups N --in-seconds S --run FILE   groups + a one-shot post schedule
 * wait    --jdbc-url URL --run FILE [--timeout-seconds S]                 until every message is sent
 * rate    --jdbc-url URL --run FILE --per-window P --window-ms W          the limit kept? the rate reached?
 * check   --jdbc-url URL --run FILE                                        every group got it exactly once?
 * </pre>
 */
public final class PushTool {

    private PushTool() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        Path runFile = Path.of(options.get("run"));
        boolean ok = switch (args[0]) {
            case "prepare" -> {
                PushRun run = new PushSetup(options.get("base-url"), options.get("token"))
                        .prepare(
                                UUID.randomUUID().toString().substring(0, 8),
                                Integer.parseInt(options.get("groups")),
                                Integer.parseInt(options.getOrDefault("in-seconds", "5")));
                run.save(runFile);
                System.out.println(
                        "schedule " + run.scheduleId() + " posts to " + run.groups() + " groups at " + run.at());
                yield true;
            }
            case "wait" -> waitUntilSent(options, PushRun.load(runFile));
            case "rate" -> rate(options, PushRun.load(runFile));
            case "check" -> check(options, PushRun.load(runFile));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.exit(ok ? 0 : 1);
    }

    private static boolean waitUntilSent(Map<String, String> options, PushRun run) throws Exception {
        Instant deadline = Instant.now().plusSeconds(Long.parseLong(options.getOrDefault("timeout-seconds", "3600")));
        try (PushDatabase db = new PushDatabase(options.get("jdbc-url"))) {
            while (Instant.now().isBefore(deadline)) {
                Map<String, Integer> states = db.outboxStates(run.text());
                int finished = states.getOrDefault("sent", 0)
                        + states.getOrDefault("failed", 0)
                        + states.getOrDefault("skipped", 0);
                if (finished >= run.groups()) {
                    System.out.println("outbox: " + states);
                    return true;
                }
                Thread.sleep(500);
            }
            System.out.println("timed out; outbox: " + db.outboxStates(run.text()));
            return false;
        }
    }

    private static boolean rate(Map<String, String> options, PushRun run) throws Exception {
        int permits = Integer.parseInt(options.get("per-window"));
        Duration window = Duration.ofMillis(Long.parseLong(options.get("window-ms")));
        try (PushDatabase db = new PushDatabase(options.get("jdbc-url"))) {
            PostTimes times = new PostTimes(db.postTimes(run.text()), permits, window);
            int most = times.mostInAnyWindow();
            double share = times.shareOfAllowedRate();
            System.out.printf(
                    "posts: %d%nlimit: %d per %d ms%nmost posts in any %d ms span: %d%n"
                            + "shortest time from a post to the %dth after it: %d ms%n"
                            + "first to last post: %d ms (fastest the limit allows: %d ms)%n"
                            + "share of the allowed rate reached: %.1f%%%n",
                    times.times().size(),
                    permits,
                    window.toMillis(),
                    window.toMillis(),
                    most,
                    permits,
                    times.shortestGapAcrossTheLimit().toMillis(),
                    times.span().toMillis(),
                    times.fastestAllowed().toMillis(),
                    share * 100);
            boolean ok = times.times().size() == run.groups() && most <= permits && share >= 0.95;
            System.out.println(ok ? "RATE CHECK PASSED" : "RATE CHECK FAILED");
            return ok;
        }
    }

    private static boolean check(Map<String, String> options, PushRun run) throws Exception {
        try (PushDatabase db = new PushDatabase(options.get("jdbc-url"))) {
            Map<String, Integer> messages = db.messagesPerChat(run.text());
            Map<String, Integer> posts = db.postsPerChat(run.text());
            Map<String, Integer> outcomes = db.runOutcomes(run.scheduleId());
            Map<String, Integer> states = db.outboxStates(run.text());
            System.out.printf(
                    "groups: %d%nrun outcomes per group: %s%noutbox messages per chat {messages: chats}: %s%n"
                            + "outbox states: %s%nsandbox posts per chat {posts: chats}: %s%n"
                            + "repeats dropped by idempotency key: %d%n",
                    run.groups(), outcomes, messages, states, posts, db.repeatsDropped(run.text()));
            Map<String, Integer> once = Map.of("1", run.groups());
            boolean ok = messages.equals(once)
                    && posts.equals(once)
                    && outcomes.equals(Map.of("done", run.groups()))
                    && states.equals(Map.of("sent", run.groups()));
            System.out.println(ok ? "EXACTLY-ONCE CHECK PASSED" : "EXACTLY-ONCE CHECK FAILED");
            return ok;
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
