package dev.groupbuy.adapters.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Test databases on the local MariaDB (127.0.0.1:3306, root without password), reached with MySQL Connector/J.
 * Override the server with the system properties {@code groupbuy.it.mariadb.host|port|user|password}.
 */
public final class MariaDbDatabases {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_]{1,64}");
    private static final Set<String> RECREATED = ConcurrentHashMap.newKeySet();

    private MariaDbDatabases() {}

    public static String host() {
        return System.getProperty("groupbuy.it.mariadb.host", "127.0.0.1");
    }

    public static int port() {
        return Integer.getInteger("groupbuy.it.mariadb.port", 3306);
    }

    public static String user() {
        return System.getProperty("groupbuy.it.mariadb.user", "root");
    }

    public static String password() {
        return System.getProperty("groupbuy.it.mariadb.password", "");
    }

    /** A Connector/J URL for the database, talking utf8mb4 (emoji round-trip). */
    public static String jdbcUrl(String database) {
        return "jdbc:mysql://" + host() + ":" + port() + "/" + checked(database)
                + "?characterEncoding=UTF-8&sslMode=DISABLED&allowPublicKeyRetrieval=true&connectTimeout=3000";
    }

    /** Opens a connection to the server itself, no database selected. */
    public static Connection serverConnection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(""), user(), password());
    }

    public static void create(String database) throws SQLException {
        execute("CREATE DATABASE IF NOT EXISTS " + checked(database)
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    public static void drop(String database) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + checked(database));
    }

    /** Drops and creates the database, once per JVM: every test run starts from an empty schema. */
    public static void recreateOncePerRun(String database) throws SQLException {
        if (RECREATED.add(database)) {
            drop(database);
            create(database);
        }
    }

    /**
     * Empties every table of the database but Flyway's history, keeping the schema: a clean start for a test
     * without migrating again.
     */
    public static void deleteAllRows(String database) throws SQLException {
        try (Connection connection = serverConnection();
                Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables"
                    + " WHERE table_schema = '" + checked(database) + "' AND table_type = 'BASE TABLE'"
                    + " AND table_name <> 'flyway_schema_history'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : tables) {
                statement.execute("DELETE FROM " + database + ".`" + table + "`");
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private static void execute(String sql) throws SQLException {
        try (Connection connection = serverConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static String checked(String database) {
        if (!database.isEmpty() && !NAME.matcher(database).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        return database;
    }
}
