package dev.groupbuy.adapters.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@RequiresMariaDb
class MariaDbDatabasesIntegrationTests {

    private static final String DATABASE = "groupbuy_helper_test";

    @Test
    void createsAUtf8mb4DatabaseAndEmptiesItsTablesButFlywaysHistory() throws Exception {
        MariaDbDatabases.drop(DATABASE);
        MariaDbDatabases.create(DATABASE);
        try (Connection connection = MariaDbDatabases.serverConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE " + DATABASE + ".parent (id INT PRIMARY KEY, name VARCHAR(20))");
            statement.execute("CREATE TABLE " + DATABASE + ".child (id INT PRIMARY KEY, parent_id INT,"
                    + " FOREIGN KEY (parent_id) REFERENCES " + DATABASE + ".parent (id))");
            statement.execute("CREATE TABLE " + DATABASE + ".flyway_schema_history (version VARCHAR(10))");
            statement.execute("INSERT INTO " + DATABASE + ".parent VALUES (1, '小美🍓')");
            statement.execute("INSERT INTO " + DATABASE + ".child VALUES (1, 1)");
            statement.execute("INSERT INTO " + DATABASE + ".flyway_schema_history VALUES ('1')");
            assertThat(single(statement, "SELECT name FROM " + DATABASE + ".parent"))
                    .isEqualTo("小美🍓");

            MariaDbDatabases.deleteAllRows(DATABASE);

            assertThat(single(statement, "SELECT COUNT(*) FROM " + DATABASE + ".parent"))
                    .isEqualTo("0");
            assertThat(single(statement, "SELECT COUNT(*) FROM " + DATABASE + ".child"))
                    .isEqualTo("0");
            assertThat(single(statement, "SELECT COUNT(*) FROM " + DATABASE + ".flyway_schema_history"))
                    .isEqualTo("1");
            assertThat(single(
                            statement,
                            "SELECT default_character_set_name FROM information_schema.schemata"
                                    + " WHERE schema_name = '" + DATABASE + "'"))
                    .isEqualTo("utf8mb4");
        } finally {
            MariaDbDatabases.drop(DATABASE);
        }
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }
}
