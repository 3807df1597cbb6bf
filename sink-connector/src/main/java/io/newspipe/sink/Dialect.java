package io.newspipe.sink;

import org.apache.kafka.common.config.ConfigException;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Everything that differs per database, and only that: DDL, the shape of an upsert, how a JSON or time value is
 * bound, the full-text index, and which errors are worth retrying. The writer asks its dialect for each statement
 * and never looks at which dialect it has (as in kafka-connect-jdbc). Implementations are stateless and thread-safe.
 */
public interface Dialect {
    String name();

    /** DDL per schema version, in order; version N's statements are run once, when the store is below N. */
    List<List<String>> migrations(String prefix);

    /** Driver properties for each new connection, beside user and password. */
    default Map<String, String> connectionProperties() {
        return Map.of();
    }

    /** Statements run on each new connection (pragmas). */
    default List<String> onConnect() {
        return List.of();
    }

    /** The parameter placeholder for a value of this type: {@code ?}, or a cast where the database needs one. */
    default String placeholder(Column.Type type) {
        return "?";
    }

    /** Binds {@code value} (a String, Integer, Boolean, Double, Instant or null) as {@code type}. */
    default void bind(PreparedStatement s, int index, Column.Type type, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, switch (type) {
                case INT -> Types.INTEGER;
                case BOOL -> Types.BOOLEAN;
                case REAL -> Types.DOUBLE;
                default -> Types.VARCHAR;
            });
            return;
        }
        switch (type) {
            case TEXT, JSON -> s.setString(index, (String) value);
            case INT -> s.setInt(index, ((Number) value).intValue());
            case BOOL -> s.setBoolean(index, (Boolean) value);
            case REAL -> s.setDouble(index, ((Number) value).doubleValue());
            case TIME -> bindTime(s, index, (Instant) value);
        }
    }

    /** Binds a point in time; ISO-8601 text unless the database has a timestamp type. */
    default void bindTime(PreparedStatement s, int index, Instant value) throws SQLException {
        s.setString(index, value.toString());
    }

    /** {@code INSERT … ON CONFLICT (keys) DO UPDATE SET} every other column: SQLite and PostgreSQL share it. */
    default String upsert(String table, List<String> keys, List<Column> columns) {
        String updates = columns.stream().map(Column::name).filter(c -> !keys.contains(c))
                .map(c -> c + "=excluded." + c).collect(Collectors.joining(", "));
        return insert(table, columns) + " ON CONFLICT (" + String.join(", ", keys) + ") DO UPDATE SET " + updates;
    }

    default String insert(String table, List<Column> columns) {
        return "INSERT INTO " + table + " (" + columns.stream().map(Column::name).collect(Collectors.joining(", "))
                + ") VALUES (" + columns.stream().map(c -> c.expression() != null ? c.expression() : placeholder(c.type()))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The full-text index of the articles: extra article columns, or statements of its own, or both. */
    SearchIndex searchIndex(String prefix);

    /**
     * Whether the error is worth retrying: the connection or the server's resources failed, not the data. SQLState
     * classes 08 (connection), 53 (resources), 57 (operator intervention, e.g. admin shutdown), serialization failures
     * and deadlocks, and the driver's own transient/recoverable exceptions.
     */
    default boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLTransientException || e instanceof SQLRecoverableException
                || e.getCause() instanceof java.net.ConnectException
                || state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57")
                || state.equals("40001") || state.equals("40P01"));
    }

    static Dialect forUrl(String url) {
        if (url.startsWith("jdbc:sqlite:")) {
            return new SqliteDialect();
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return new PostgresDialect();
        }
        throw new ConfigException(ArticleSinkConfig.CONNECTION_URL, url,
                "unsupported database: expected jdbc:sqlite:... or jdbc:postgresql://...");
    }
}
