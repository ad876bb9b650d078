package dev.groupbuy.admin.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.BatchUpdateException;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLSyntaxErrorException;
import org.junit.jupiter.api.Test;

class SqlErrorsTests {

    @Test
    void withholdsTheMessageOfADataErrorButKeepsItsKindStateCodeAndStackTrace() {
        SQLException original = new SQLIntegrityConstraintViolationException(
                "Duplicate entry 'sandbox-王姐' for key 'uk_chat_groups_chat'", "23000", 1062);

        SQLException copy = SqlErrors.withoutValues(original);

        assertThat((Throwable) copy).isInstanceOf(SQLIntegrityConstraintViolationException.class);
        assertThat(copy.getMessage()).doesNotContain("王姐").contains("23000", "1062");
        assertThat(copy.getSQLState()).isEqualTo("23000");
        assertThat(copy.getErrorCode()).isEqualTo(1062);
        assertThat(copy.getStackTrace()).isEqualTo(original.getStackTrace());
    }

    @Test
    void dropsCausesAndCopiesChainedExceptions() {
        SQLException original = new SQLDataException("Value too long: '王姐…'", "22001", 22001);
        original.initCause(new IllegalStateException("王姐"));
        original.setNextException(new SQLDataException("another '王姐'", "22001", 22001));

        SQLException copy = SqlErrors.withoutValues(original);

        assertThat(copy.getCause()).isNull();
        assertThat(copy.getNextException().getMessage()).doesNotContain("王姐");
    }

    @Test
    void keepsMessagesAboutStatementsAndBatchCounts() {
        SQLException syntax = new SQLSyntaxErrorException("Table \"nowhere\" not found", "42S02", 42102);
        BatchUpdateException batch = new BatchUpdateException("'王姐'", "23505", 23505, new long[] {1, -3}, null);

        assertThat(SqlErrors.withoutValues(syntax).getMessage()).isEqualTo("Table \"nowhere\" not found");
        BatchUpdateException copy = (BatchUpdateException) SqlErrors.withoutValues(batch);
        assertThat(copy.getLargeUpdateCounts()).containsExactly(1, -3);
        assertThat(copy.getMessage()).doesNotContain("王姐");
    }
}
