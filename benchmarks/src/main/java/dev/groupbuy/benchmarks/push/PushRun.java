package dev.groupbuy.benchmarks.push;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/** One push: the text every group gets, the schedule that posts it, when, to how many groups. */
record PushRun(String runId, String text, long scheduleId, Instant at, int groups) {

    void save(Path file) throws IOException {
        Properties p = new Properties();
        p.setProperty("runId", runId);
        p.setProperty("text", text);
        p.setProperty("scheduleId", String.valueOf(scheduleId));
        p.setProperty("at", at.toString());
        p.setProperty("groups", String.valueOf(groups));
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            p.store(out, "push run");
        }
    }

    static PushRun load(Path file) throws IOException {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return new PushRun(
                p.getProperty("runId"),
                p.getProperty("text"),
                Long.parseLong(p.getProperty("scheduleId")),
                Instant.parse(p.getProperty("at")),
                Integer.parseInt(p.getProperty("groups")));
    }
}
