package io.newspipe.sink;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.Entity;
import io.newspipe.model.Indicator;
import io.newspipe.model.Json;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Properties;

/**
 * Writes batches to the store, one transaction per batch: an article and its entities and indicators are written
 * together or not at all. Upserts by id, and child rows are replaced, so a redelivered record changes nothing.
 * Not thread-safe: one task owns one writer and its connection.
 */
public class ArticleWriter implements AutoCloseable {
    /** One parsed record: exactly one of article, duplicate, deleteId is set. */
    public record Op(Article article, DuplicateRecord duplicate, String deleteId) {
    }

    private final ArticleSinkConfig config;
    private final Dialect dialect;
    private final String p;
    private Connection connection;

    public ArticleWriter(ArticleSinkConfig config) {
        this.config = config;
        this.dialect = config.dialect;
        this.p = config.tablePrefix;
    }

    /** Opens the connection if needed and, with {@code auto.create}, migrates the schema. */
    public Connection connection() throws SQLException {
        if (connection == null || connection.isClosed() || !connection.isValid(5)) {
            closeQuietly();
            Properties props = new Properties();
            if (config.user != null) {
                props.setProperty("user", config.user);
            }
            if (config.password != null) {
                props.setProperty("password", config.password.value());
            }
            connection = DriverManager.getConnection(config.connectionUrl, props);
            try (Statement s = connection.createStatement()) {
                for (String sql : dialect.onConnect()) {
                    s.execute(sql);
                }
            }
            if (config.autoCreate) {
                new SchemaMigrator(dialect, p).migrate(connection);
            }
        }
        return connection;
    }

    public void write(List<Op> ops) throws SQLException {
        Connection c = connection();
        c.setAutoCommit(false);
        try {
            for (Op op : ops) {
                if (op.article() != null) {
                    upsertArticle(c, op.article());
                } else if (op.duplicate() != null) {
                    upsertDuplicate(c, op.duplicate());
                } else if (op.deleteId() != null && config.deleteOnTombstone) {
                    delete(c, op.deleteId());
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // The connection is gone; the batch is redelivered on a new one.
            }
            throw e;
        }
    }

    private void upsertArticle(Connection c, Article a) throws SQLException {
        String j = dialect.jsonParam();
        String sql = "INSERT INTO " + p + "articles (id, source_id, source, ordinal, title, subtitle, authors, body, "
                + "paragraphs, subheadings, captions, complete, content_hash, received_at, dates, metrics, cjk_chars, "
                + "updated_at) VALUES (?,?,?,?,?,?," + j + ",?," + j + "," + j + "," + j + ",?,?,?," + j + "," + j
                + ",?,?) ON CONFLICT (id) DO UPDATE SET source_id=excluded.source_id, source=excluded.source, "
                + "ordinal=excluded.ordinal, title=excluded.title, subtitle=excluded.subtitle, authors=excluded.authors, "
                + "body=excluded.body, paragraphs=excluded.paragraphs, subheadings=excluded.subheadings, "
                + "captions=excluded.captions, complete=excluded.complete, content_hash=excluded.content_hash, "
                + "received_at=excluded.received_at, dates=excluded.dates, metrics=excluded.metrics, "
                + "cjk_chars=excluded.cjk_chars";
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int i = 0;
            s.setString(++i, a.id());
            s.setString(++i, a.sourceId());
            s.setString(++i, a.source());
            s.setInt(++i, a.ordinal());
            s.setString(++i, a.title());
            s.setString(++i, a.subtitle());
            s.setString(++i, Json.writeString(a.authors()));
            s.setString(++i, a.body());
            s.setString(++i, Json.writeString(a.paragraphs()));
            s.setString(++i, Json.writeString(a.subheadings()));
            s.setString(++i, Json.writeString(a.captions()));
            s.setBoolean(++i, a.complete());
            s.setString(++i, a.contentHash());
            setTime(s, ++i, a.receivedAt());
            s.setString(++i, Json.writeString(a.dates()));
            s.setString(++i, a.metrics() == null ? null : Json.writeString(a.metrics()));
            if (a.metrics() == null) {
                s.setNull(++i, Types.INTEGER);
            } else {
                s.setInt(++i, a.metrics().cjkChars());
            }
            setTime(s, ++i, Instant.now());
            s.executeUpdate();
        }
        replaceChildren(c, a);
        new SearchIndex(dialect, p).index(c, a);
    }

    private void replaceChildren(Connection c, Article a) throws SQLException {
        for (String table : List.of("entities", "indicators")) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM " + p + table + " WHERE article_id = ?")) {
                d.setString(1, a.id());
                d.executeUpdate();
            }
        }
        String j = dialect.jsonParam();
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + p + "entities (article_id, type, text, mentions, "
                + "offsets, normalized) VALUES (?,?,?,?," + j + "," + j + ")")) {
            for (Entity e : a.entities()) {
                s.setString(1, a.id());
                s.setString(2, e.type().name());
                s.setString(3, e.text());
                s.setInt(4, e.mentions());
                s.setString(5, Json.writeString(e.offsets()));
                s.setString(6, e.normalized() == null ? null : Json.writeString(e.normalized()));
                s.addBatch();
            }
            s.executeBatch();
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + p + "indicators (article_id, idx, text, subject, "
                + "value, unit, normalized_value, normalized_unit, kind, approx) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
            int idx = 0;
            for (Indicator in : a.indicators()) {
                s.setString(1, a.id());
                s.setInt(2, idx++);
                s.setString(3, in.text());
                s.setString(4, in.subject());
                s.setDouble(5, in.value());
                s.setString(6, in.unit());
                s.setDouble(7, in.normalized() == null ? in.value() : in.normalized().value());
                s.setString(8, in.normalized() == null ? null : in.normalized().unit());
                s.setString(9, in.kind());
                s.setBoolean(10, in.approx());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private void upsertDuplicate(Connection c, DuplicateRecord d) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + p + "duplicates (id, duplicate_of, similarity, "
                + "method, source_id, title) VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                + "duplicate_of=excluded.duplicate_of, similarity=excluded.similarity, method=excluded.method, "
                + "source_id=excluded.source_id, title=excluded.title")) {
            s.setString(1, d.id());
            s.setString(2, d.duplicateOf());
            s.setDouble(3, d.similarity());
            s.setString(4, d.method());
            s.setString(5, d.sourceId());
            s.setString(6, d.title());
            s.executeUpdate();
        }
    }

    private void delete(Connection c, String id) throws SQLException {
        for (String table : List.of("entities", "indicators")) {
            try (PreparedStatement d = c.prepareStatement("DELETE FROM " + p + table + " WHERE article_id = ?")) {
                d.setString(1, id);
                d.executeUpdate();
            }
        }
        new SearchIndex(dialect, p).remove(c, id);
        try (PreparedStatement d = c.prepareStatement("DELETE FROM " + p + "articles WHERE id = ?")) {
            d.setString(1, id);
            d.executeUpdate();
        }
    }

    private void setTime(PreparedStatement s, int i, Instant t) throws SQLException {
        if (t == null) {
            s.setNull(i, Types.VARCHAR);
        } else if (dialect instanceof PostgresDialect) {
            s.setTimestamp(i, Timestamp.from(t));
        } else {
            s.setString(i, t.toString());
        }
    }

    public long count(String table) throws SQLException {
        try (Statement s = connection().createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + p + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void closeQuietly() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // Already broken: that is why it is being replaced.
            }
            connection = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
