package dev.groupbuy.benchmarks.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads MariaDB's global statement and row counters around a run, and measures the raw rate of
 * single-row autocommitted INSERTs on the same server: the physical limit of one durable write per message.
 */
final class SqlCounters implements AutoCloseable {

    private final String url;
    private final Connection connection;

    private SqlCounters(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    static SqlCounters connect(String url) throws SQLException {
        return new SqlCounters(url, DriverManager.getConnection(url));
    }

    /**
     * MariaDB 10.11 has no {@code Innodb_rows_*} counters any more: rows come from the handler counters
     * ({@code Handler_write/update/delete}). Commits are {@code Com_commit}, the explicit COMMITs of
     * transactions; statements autocommitted on their own (the inbox store) are not counted there.
     * {@code Handler_commit} is not used: it also counts internal commits (per statement, per engine).
     */
    Snapshot snapshot() throws SQLException {
        long statements = 0;
        long rows = 0;
        long commits = 0;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name IN ('Com_insert','Com_update',"
                        + "'Com_delete','Com_insert_select','Com_replace','Handler_write','Handler_update',"
                        + "'Handler_delete','Com_commit')")) {
            while (rs.next()) {
                String name = rs.getString(1).toLowerCase(Locale.ROOT);
                long value = rs.getLong(2);
                if (name.equals("com_commit")) {
                    commits += value;
                } else if (name.startsWith("com_")) {
                    statements += value;
                } else if (name.startsWith("handler_")) {
                    rows += value;
                }
            }
        }
        return new Snapshot(statements, rows, commits);
    }

    /** Single-row autocommitted INSERTs per second with {@code threads} connections for {@code duration}. */
    double rawInsertRate(Duration duration, int threads) throws Exception {
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS load_insert_probe (id BIGINT AUTO_INCREMENT PRIMARY KEY, "
                    + "payload VARCHAR(200) NOT NULL) ENGINE=InnoDB");
        }
        AtomicLong done = new AtomicLong();
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Thread worker = new Thread(() -> insertUntil(deadline, done));
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        try (Statement st = connection.createStatement()) {
            st.execute("DROP TABLE load_insert_probe");
        }
        return done.get() / (duration.toNanos() / 1e9);
    }

    private void insertUntil(long deadline, AtomicLong done) {
        try (Connection c = DriverManager.getConnection(url);
                PreparedStatement insert = c.prepareStatement("INSERT INTO load_insert_probe (payload) VALUES (?)")) {
            c.setAutoCommit(true);
            while (System.nanoTime() < deadline) {
                insert.setString(1, "接龙 1. 王芳 2盒");
                insert.executeUpdate();
                done.incrementAndGet();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    /** Server-wide counters at one moment. */
    record Snapshot(long writeStatements, long rowsWritten, long commits) {}
}
