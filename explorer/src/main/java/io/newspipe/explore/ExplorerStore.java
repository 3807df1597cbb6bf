package io.newspipe.explore;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspipe.model.Json;
import io.newspipe.sink.JdbcUrls;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Pattern;

/**
 * The store as the explorer reads it: the JDBC URL the sink writes (SQLite or PostgreSQL), its table prefix, and a
 * few idle connections kept for the next request. Only reads: the sink owns the tables. Thread-safe.
 */
public final class ExplorerStore implements AutoCloseable {
    private static final Pattern PREFIX = Pattern.compile("[A-Za-z0-9_]*");
    private static final int IDLE = 4;
    private final String jdbcUrl;
    private final String prefix;
    private final StoreDialect dialect;
    private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(IDLE);
    private volatile boolean ready;

    /** @param prefix the sink's {@code table.prefix} ("" for none) */
    public ExplorerStore(String jdbcUrl, String prefix) {
        if (!PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("a table prefix has only letters, digits and '_': " + prefix);
        }
        this.jdbcUrl = jdbcUrl;
        this.prefix = prefix;
        this.dialect = StoreDialect.of(jdbcUrl);
    }

    StoreDialect dialect() {
        return dialect;
    }

    /** The table name with the prefix. */
    String table(String name) {
        return prefix + name;
    }

    public String describe() {
        return JdbcUrls.redact(jdbcUrl);
    }

    /** Work on a connection; it goes back to the idle ones unless the work failed on it. */
    <T> T with(Work<T> work) throws SQLException {
        Connection c = idle.poll();
        if (c == null) {
            c = DriverManager.getConnection(jdbcUrl);
            try (java.sql.Statement s = c.createStatement()) {
                for (String setup : dialect.sessionSetup()) {
                    s.execute(setup);
                }
            }
        }
        boolean healthy = false;
        try {
            T out = work.run(c);
            healthy = true;
            return out;
        } finally {
            if (!healthy || !idle.offer(c)) {
                c.close();
            }
        }
    }

    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** The rows of a query as maps of column label (lower case) to value; JSON columns named in {@code json} parsed. */
    static List<Map<String, Object>> rows(Connection c, Sql sql, String... json) throws SQLException {
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            ResultSetMetaData md = rs.getMetaData();
            List<Map<String, Object>> out = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    String name = md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
                    Object v = rs.getObject(i);
                    if (v != null && List.of(json).contains(name)) {
                        v = parse(v.toString());
                    } else if (v instanceof java.sql.Timestamp t) {
                        v = t.toInstant().toString();
                    } else if (v != null && !(v instanceof Number) && !(v instanceof Boolean)) {
                        v = v.toString();
                    }
                    row.put(name, v);
                }
                out.add(row);
            }
            return out;
        }
    }

    static long count(Connection c, Sql sql) throws SQLException {
        try (PreparedStatement s = sql.prepare(c); ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (IOException e) {
            return Json.MAPPER.getNodeFactory().textNode(json);
        }
    }

    /**
     * Whether the sink has created its tables yet (a new pipeline may not have written anything). Asked before every
     * request and live-feed poll, so the answer is kept once it is yes: the sink never drops its tables.
     */
    boolean ready() throws SQLException {
        if (!ready) {
            ready = with(c -> {
                try (ResultSet rs = c.getMetaData().getTables(null, null, dialect.metadataName(table("articles")), null)) {
                    return rs.next();
                }
            });
        }
        return ready;
    }

    @Override
    public void close() {
        Connection c;
        while ((c = idle.poll()) != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Closing is best effort.
            }
        }
    }
}
