package dev.groupbuy.benchmarks.push;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the service's database says about a push: the outbox, what the sandbox posted, the run's groups. */
final class PushDatabase implements AutoCloseable {

    private final Connection db;

    PushDatabase(String jdbcUrl) throws SQLException {
        this.db = DriverManager.getConnection(jdbcUrl);
    }

    /** Outbox messages of the push by state. */
    Map<String, Integer> outboxStates(String text) throws SQLException {
        return counts("SELECT state, COUNT(*) FROM outbox WHERE text = ? GROUP BY state", text);
    }

    /** Run groups of the schedule by outcome. */
    Map<String, Integer> runOutcomes(long scheduleId) throws SQLException {
        return counts(
                "SELECT g.outcome, COUNT(*) FROM schedule_run_groups g JOIN schedule_runs r ON r.id = g.run_id"
                        + " WHERE r.schedule_id = ? GROUP BY g.outcome",
                scheduleId);
    }

    /** How many chats got how many outbox messages of the push, e.g. {1: 1000}. */
    Map<String, Integer> messagesPerChat(String text) throws SQLException {
        return counts(
                "SELECT n, COUNT(*) FROM (SELECT chat_id, COUNT(*) AS n FROM outbox WHERE text = ? GROUP BY chat_id) c"
                        + " GROUP BY n",
                text);
    }

    /** How many chats the sandbox posted the push to how many times, e.g. {1: 1000}. */
    Map<String, Integer> postsPerChat(String text) throws SQLException {
        return counts(
                "SELECT n, COUNT(*) FROM (SELECT chat_id, COUNT(*) AS n FROM sandbox_posts WHERE text = ?"
                        + " GROUP BY chat_id) c GROUP BY n",
                text);
    }

    /** Repeated keys the sandbox dropped: parts sent again after a crash cut their first sending off. */
    int repeatsDropped(String text) throws SQLException {
        return counts("SELECT 'repeats', COALESCE(SUM(repeats), 0) FROM sandbox_posts WHERE text = ?", text)
                .getOrDefault("repeats", 0);
    }

    List<Instant> postTimes(String text) throws SQLException {
        List<Instant> times = new ArrayList<>();
        try (PreparedStatement st = db.prepareStatement("SELECT posted_at FROM sandbox_posts WHERE text = ?")) {
            st.setString(1, text);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    times.add(rs.getObject(1, LocalDateTime.class).toInstant(ZoneOffset.UTC));
                }
            }
        }
        return times;
    }

    private Map<String, Integer> counts(String sql, Object parameter) throws SQLException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (PreparedStatement st = db.prepareStatement(sql)) {
            st.setObject(1, parameter);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    counts.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
