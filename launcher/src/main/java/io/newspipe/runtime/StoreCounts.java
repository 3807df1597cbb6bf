package io.newspipe.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Row counts of the store's tables, read over one connection kept open between reads (reopened when it breaks). It
 * only reads: the schema is the sink's to create. Thread-safe (reads are serialised).
 */
public final class StoreCounts implements AutoCloseable {
    static final List<String> TABLES = List.of("articles", "entities", "indicators", "duplicates");
    private final String jdbcUrl;
    private Connection connection;

    public StoreCounts(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    /** The rows of each table, in {@link #TABLES} order. @throws SQLException when the store or a table is missing */
    public synchronized Map<String, Long> read() throws SQLException {
        if (connection == null || !connection.isValid(2)) {
            close();
            connection = DriverManager.getConnection(jdbcUrl);
        }
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    out.put(table, rs.getLong(1));
                }
            }
        }
        return out;
    }

    /** One read over a connection of its own. */
    public static Map<String, Long> once(String jdbcUrl) throws SQLException {
        try (StoreCounts c = new StoreCounts(jdbcUrl)) {
            return c.read();
        }
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already broken; a new one is opened on the next read.
            }
            connection = null;
        }
    }
}
