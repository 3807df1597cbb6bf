package io.newspipe.sink;

import org.apache.kafka.common.config.ConfigException;

import java.sql.SQLException;
import java.util.List;

/**
 * The SQL that differs per database. Everything else (batching, transactions, retries) is shared. Implementations are
 * stateless and thread-safe.
 */
public interface Dialect {
    String name();

    /** DDL per schema version, in order; version N's statements are run once, when the store is below N. */
    List<List<String>> migrations(String prefix);

    /** Wraps a JSON parameter placeholder, e.g. {@code ?::jsonb}. */
    default String jsonParam() {
        return "?";
    }

    /** Driver properties for each new connection, beside user and password. */
    default java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of();
    }

    /** Statements run on each new connection (pragmas). */
    default List<String> onConnect() {
        return List.of();
    }

    /**
     * Whether the error is worth retrying: the connection or the server's resources failed, not the data. SQLState
     * classes 08 (connection), 53 (resources), 57 (operator intervention, e.g. admin shutdown), serialization failures
     * and deadlocks, and the driver's own transient/recoverable exceptions.
     */
    default boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        return e instanceof java.sql.SQLTransientException || e instanceof java.sql.SQLRecoverableException
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
