package dev.groupbuy.admin.storage;

import java.sql.BatchUpdateException;
import java.sql.DataTruncation;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLInvalidAuthorizationSpecException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLNonTransientException;
import java.sql.SQLRecoverableException;
import java.sql.SQLSyntaxErrorException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;
import java.sql.SQLWarning;
import java.util.List;
import java.util.Set;

/**
 * SQL exceptions without the values that caused them. Drivers put the offending value into the message
 * (H2: {@code Value too long for column "name": "'王…' (300)"}, MySQL: {@code Duplicate entry 'g-1' for key …}),
 * and from there it reaches every log line, wrapper exception and stored failure detail. The copy keeps what
 * callers and Spring's exception translation rely on (the standard JDBC subclass, SQL state, vendor code, batch
 * update counts, the stack trace) and withholds the message, unless its SQL state class is one whose messages
 * describe the statement or the connection rather than data.
 */
final class SqlErrors {

    /** Connection (08), authorization (28), feature (0A), syntax or access rule (42): no row values in these. */
    private static final Set<String> STATE_CLASSES_WITHOUT_DATA = Set.of("08", "0A", "28", "42");

    private static final List<Kind> KINDS = List.of(
            new Kind(SQLIntegrityConstraintViolationException.class, SQLIntegrityConstraintViolationException::new),
            new Kind(SQLDataException.class, SQLDataException::new),
            new Kind(SQLSyntaxErrorException.class, SQLSyntaxErrorException::new),
            new Kind(SQLFeatureNotSupportedException.class, SQLFeatureNotSupportedException::new),
            new Kind(SQLInvalidAuthorizationSpecException.class, SQLInvalidAuthorizationSpecException::new),
            new Kind(SQLNonTransientConnectionException.class, SQLNonTransientConnectionException::new),
            new Kind(SQLNonTransientException.class, SQLNonTransientException::new),
            new Kind(SQLTransactionRollbackException.class, SQLTransactionRollbackException::new),
            new Kind(SQLTimeoutException.class, SQLTimeoutException::new),
            new Kind(SQLTransientConnectionException.class, SQLTransientConnectionException::new),
            new Kind(SQLTransientException.class, SQLTransientException::new),
            new Kind(SQLRecoverableException.class, SQLRecoverableException::new),
            new Kind(SQLWarning.class, SQLWarning::new),
            new Kind(SQLException.class, SQLException::new));

    private SqlErrors() {}

    /** {@code failure} as it may be logged or stored: the same kind of exception, without row values. */
    static SQLException withoutValues(SQLException failure) {
        boolean keepsMessage = describesNoData(failure.getSQLState());
        String message = keepsMessage ? failure.getMessage() : withheld(failure);
        SQLException copy = copy(failure, message);
        copy.setStackTrace(failure.getStackTrace());
        if (keepsMessage && failure.getCause() != null && !(failure.getCause() instanceof SQLException)) {
            copy.initCause(failure.getCause());
        }
        SQLException next = failure.getNextException();
        if (next != null && next != failure) {
            copy.setNextException(withoutValues(next));
        }
        return copy;
    }

    private static SQLException copy(SQLException failure, String message) {
        String state = failure.getSQLState();
        int code = failure.getErrorCode();
        if (failure instanceof BatchUpdateException batch) {
            return new ValueFreeBatchUpdate(message, state, code, batch.getLargeUpdateCounts());
        }
        if (failure instanceof DataTruncation truncation) {
            return new ValueFreeTruncation(truncation, message);
        }
        for (Kind kind : KINDS) {
            if (kind.type().isInstance(failure)) {
                return kind.factory().create(message, state, code);
            }
        }
        throw new IllegalStateException("SQLException is the last kind");
    }

    private static boolean describesNoData(String state) {
        return state != null && state.length() >= 2 && STATE_CLASSES_WITHOUT_DATA.contains(state.substring(0, 2));
    }

    private static String withheld(SQLException failure) {
        return failure.getClass().getSimpleName() + " [SQL state " + failure.getSQLState() + ", vendor code "
                + failure.getErrorCode() + "]: the database's message is withheld, it may contain stored values";
    }

    private record Kind(Class<? extends SQLException> type, Factory factory) {}

    @FunctionalInterface
    private interface Factory {
        SQLException create(String message, String state, int code);
    }

    private static final class ValueFreeBatchUpdate extends BatchUpdateException {
        ValueFreeBatchUpdate(String message, String state, int code, long[] counts) {
            super(message, state, code, counts, null);
        }
    }

    private static final class ValueFreeTruncation extends DataTruncation {

        private final String message;

        ValueFreeTruncation(DataTruncation truncation, String message) {
            super(
                    truncation.getIndex(),
                    truncation.getParameter(),
                    truncation.getRead(),
                    truncation.getDataSize(),
                    truncation.getTransferSize());
            this.message = message;
        }

        @Override
        public String getMessage() {
            return message;
        }
    }
}
