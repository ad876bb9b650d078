package dev.groupbuy.benchmarks.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * After a load run during which the service was killed with SIGKILL and restarted: checks that every
 * message the service acknowledged is stored and processed, that each acknowledged sender's line became
 * an active order, and that no participant has two orders in one deal.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.groupbuy.benchmarks.load.CrashCheck <jdbc-url> <acked-file>}
 */
public final class CrashCheck {

    private static final Pattern MSG_ID = Pattern.compile("(load-[a-z0-9]+-(\\d+))-m(\\d+)");

    private CrashCheck() {}

    public static void main(String[] args) throws Exception {
        List<String> acked = Files.readAllLines(Path.of(args[1])).stream()
                .filter(s -> !s.isBlank())
                .toList();
        try (Connection db = DriverManager.getConnection(args[0])) {
            int lost = 0;
            int unprocessed = 0;
            int missingOrders = 0;
            for (String msgId : acked) {
                String state = inboxState(db, storedId(msgId));
                if (state == null) {
                    lost++;
                } else if (!state.equals("done") && !state.equals("ignored")) {
                    unprocessed++;
                }
                if (!hasActiveOrder(db, msgId)) {
                    missingOrders++;
                }
            }
            int duplicates = duplicateOrders(db);
            System.out.printf(
                    "acknowledged messages: %d%nlost (acknowledged but not stored): %d%nstored but not processed: %d%n"
                            + "acknowledged sign-ups without an active order: %d%nduplicate orders (same deal and name): %d%n",
                    acked.size(), lost, unprocessed, missingOrders, duplicates);
            boolean ok = !acked.isEmpty() && lost == 0 && unprocessed == 0 && missingOrders == 0 && duplicates == 0;
            System.out.println(ok ? "CRASH CHECK PASSED" : "CRASH CHECK FAILED");
            System.exit(ok ? 0 : 1);
        }
    }

    /** The sandbox scopes client message ids by chat, length first ({@code SandboxController.messageId}). */
    private static String storedId(String msgId) {
        Matcher m = MSG_ID.matcher(msgId);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a harness message id: " + msgId);
        }
        String chatId = m.group(1);
        return chatId.length() + "/" + chatId + "/" + msgId;
    }

    private static String inboxState(Connection db, String msgId) throws SQLException {
        try (PreparedStatement st =
                db.prepareStatement("SELECT state FROM inbox WHERE platform = 'sandbox' AND platform_msg_id = ?")) {
            st.setString(1, msgId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean hasActiveOrder(Connection db, String msgId) throws SQLException {
        Matcher m = MSG_ID.matcher(msgId);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a harness message id: " + msgId);
        }
        String name = ChainLines.participant(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        try (PreparedStatement st =
                db.prepareStatement("SELECT COUNT(*) FROM orders o JOIN chat_groups g ON g.id = o.group_id"
                        + " WHERE g.chat_id = ? AND o.name = ? AND o.status = 'active'")) {
            st.setString(1, m.group(1));
            st.setString(2, name);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }

    private static int duplicateOrders(Connection db) throws SQLException {
        try (Statement st = db.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT COUNT(*) FROM (SELECT deal_id, name FROM orders GROUP BY deal_id, name HAVING COUNT(*) > 1) d")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
