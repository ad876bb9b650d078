package dev.groupbuy.adapters.persistence;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;

/**
 * Stores an {@link Instant} as its UTC wall-clock time, to the microsecond, in a {@code DATETIME(6)} column.
 *
 * <p>MyBatis' default handler goes through {@link java.sql.Timestamp}, which shifts by the JVM's default zone:
 * two instances in different zones (or one across a DST change) would then read different instants. Values are
 * read as {@link LocalDateTime}, which H2 and Connector/J pass unchanged. They are written as text
 * ({@code 2026-11-24 08:00:00.123456}): Connector/J takes MariaDB 10.x for a MySQL 5.5 (the server announces
 * itself as {@code 5.5.5-10.11...}) and would drop the fraction of a bound {@code LocalDateTime}.
 */
public class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

    @Override
    public void setNonNullParameter(PreparedStatement ps, int i, Instant parameter, JdbcType jdbcType)
            throws SQLException {
        ps.setString(i, WRITTEN.format(LocalDateTime.ofInstant(parameter, ZoneOffset.UTC)));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, String columnName) throws SQLException {
        return toInstant(rs.getObject(columnName, LocalDateTime.class));
    }

    @Override
    public Instant getNullableResult(ResultSet rs, int columnIndex) throws SQLException {
        return toInstant(rs.getObject(columnIndex, LocalDateTime.class));
    }

    @Override
    public Instant getNullableResult(CallableStatement cs, int columnIndex) throws SQLException {
        return toInstant(cs.getObject(columnIndex, LocalDateTime.class));
    }

    private static Instant toInstant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }
}
