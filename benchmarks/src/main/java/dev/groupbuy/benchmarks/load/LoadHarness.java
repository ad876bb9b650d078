package dev.groupbuy.benchmarks.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load harness: N groups each grow a 接龙 chain to {@code entries} lines through the sandbox HTTP
 * endpoint, with concurrent senders, and the figures are printed as a Markdown table.
 *
 * <p>Run it against a started service (see docs/benchmarks.md for the exact command). Every message is
 * a full snapshot of the list as its sender saw it, like in a real group; with more than one sender in
 * flight per group, snapshots arrive out of order, so the run also exercises stale copies and forks.
 */
public final class LoadHarness {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern ACTIVE = Pattern.compile("\"status\"\\s*:\\s*\"active\"");

    private final LoadOptions options;
    private final HttpClient http;
    private final ConcurrentLinkedQueue<Long> latenciesNanos = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();

    LoadHarness(LoadOptions options) {
        this.options = options;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .executor(Executors.newFixedThreadPool(Math.max(4, options.groups() * options.sendersPerGroup())))
                .build();
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options = LoadOptions.parse(args);
        new LoadHarness(options).run();
    }

    void run() throws Exception {
        String runId = Long.toString(System.currentTimeMillis(), 36);
        List<long[]> groupsAndDeals = new ArrayList<>();
        for (int g = 0; g < options.groups(); g++) {
            groupsAndDeals.add(createGroupAndDeal(runId, g));
        }
        SqlCounters sql = SqlCounters.connect(options.jdbcUrl());
        SqlCounters.Snapshot before = sql.snapshot();
        AckLog acks = AckLog.open(options.ackedFile());

        long started = System.nanoTime();
        ExecutorService groupsPool = Executors.newFixedThreadPool(options.groups());
        for (int g = 0; g < options.groups(); g++) {
            int group = g;
            groupsPool.submit(() -> growChain(runId, group, acks));
        }
        groupsPool.shutdown();
        groupsPool.awaitTermination(1, TimeUnit.HOURS);
        long elapsedNanos = System.nanoTime() - started;
        acks.close();

        SqlCounters.Snapshot after = sql.snapshot();
        long sent = (long) options.groups() * options.entries();
        int wrongGroups = options.tolerateFailures() ? 0 : verifyOrders(groupsAndDeals);
        double insertRate = sql.rawInsertRate(Duration.ofSeconds(3), 1);
        double insertRateConcurrent = sql.rawInsertRate(Duration.ofSeconds(3), options.sendersPerGroup());
        sql.close();

        Report report = new Report(
                options,
                sent,
                failures.get(),
                elapsedNanos,
                new ArrayList<>(latenciesNanos),
                before,
                after,
                insertRate,
                insertRateConcurrent,
                wrongGroups);
        System.out.println(report.markdown());
        boolean failed = !options.tolerateFailures() && (failures.get() > 0 || wrongGroups > 0);
        System.exit(failed ? 1 : 0);
    }

    private long[] createGroupAndDeal(String runId, int g) throws IOException, InterruptedException {
        String chatId = "load-" + runId + "-" + g;
        String group = post(
                "/api/v1/groups",
                "{\"platform\":\"sandbox\",\"chatId\":\"" + chatId + "\",\"name\":\"压测" + g
                        + "群\",\"leaders\":[{\"userId\":\"L-" + g + "\",\"name\":\"团长" + g + "\"}]}");
        long groupId = firstId(group);
        String deal = post(
                "/api/v1/deals",
                "{\"title\":\"丹东草莓\",\"groupIds\":[" + groupId
                        + "],\"catalog\":[{\"sku\":\"A\",\"name\":\"丹东草莓\",\"aliases\":[\"草莓\"],\"unit\":\"盒\",\"price\":25.0}],"
                        + "\"closesAt\":null,\"pickup\":\"明天下午3点 3号门\"}");
        return new long[] {groupId, firstId(deal)};
    }

    private void growChain(String runId, int g, AckLog acks) {
        String chatId = "load-" + runId + "-" + g;
        Semaphore inFlight = new Semaphore(options.sendersPerGroup());
        StringBuilder list = new StringBuilder("#接龙\n丹东草莓 25元/盒\n截单：明晚8点\n\n例：张三 2盒\n");
        for (int k = 1; k <= options.entries(); k++) {
            list.append('\n')
                    .append(k)
                    .append(". ")
                    .append(ChainLines.participant(g, k))
                    .append(' ')
                    .append(1 + (k % 3))
                    .append("盒");
            String msgId = chatId + "-m" + k;
            String body = "{\"chatId\":\"" + chatId + "\",\"senderId\":\"u-" + g + "-" + k + "\",\"senderName\":\""
                    + ChainLines.participant(g, k) + "\",\"text\":\"" + Json.escape(list.toString()) + "\",\"msgId\":\""
                    + msgId + "\"}";
            inFlight.acquireUninterruptibly();
            long t0 = System.nanoTime();
            http.sendAsync(request("/api/v1/sandbox/messages", body), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        latenciesNanos.add(System.nanoTime() - t0);
                        if (error != null || response.statusCode() != 200) {
                            failures.incrementAndGet();
                        } else {
                            acks.acknowledged(msgId);
                        }
                        inFlight.release();
                    });
        }
        inFlight.acquireUninterruptibly(options.sendersPerGroup());
    }

    private int verifyOrders(List<long[]> groupsAndDeals) throws IOException, InterruptedException {
        int wrong = 0;
        for (long[] gd : groupsAndDeals) {
            String orders = get("/api/v1/deals/" + gd[1] + "/orders");
            Matcher m = ACTIVE.matcher(orders);
            int active = 0;
            while (m.find()) {
                active++;
            }
            if (active != options.entries()) {
                System.err.printf(
                        Locale.ROOT, "deal %d has %d active orders, expected %d%n", gd[1], active, options.entries());
                wrong++;
            }
        }
        return wrong;
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path, json), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException("POST " + path + " -> " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
                .header("Authorization", "Bearer " + options.token())
                .GET()
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private HttpRequest request(String path, String json) {
        return HttpRequest.newBuilder(URI.create(options.baseUrl() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + options.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    private static long firstId(String json) {
        Matcher m = ID.matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return Long.parseLong(m.group(1));
    }

    /** Records the message ids the service acknowledged, one per line, flushed as they come (crash checks read it). */
    static final class AckLog implements AutoCloseable {
        private final java.io.BufferedWriter out;

        private AckLog(java.io.BufferedWriter out) {
            this.out = out;
        }

        static AckLog open(Path file) throws IOException {
            return new AckLog(file == null ? null : Files.newBufferedWriter(file));
        }

        synchronized void acknowledged(String msgId) {
            if (out == null) {
                return;
            }
            try {
                out.write(msgId);
                out.newLine();
                out.flush();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public synchronized void close() throws IOException {
            if (out != null) {
                out.close();
            }
        }
    }
}
