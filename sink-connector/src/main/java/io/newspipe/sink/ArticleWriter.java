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
 * together or not at all. Upserts by id, and child rows are replaced, so a redelivered record changes nothing. Each
 * statement is prepared once per batch and sent as a JDBC batch. Not thread-safe: one task owns one writer.
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
            props.putAll(dialect.connectionProperties());
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
        try (Batch b = new Batch(c)) {
            for (Op op : lastPerId(ops)) {
                if (op.article() != null) {
                    b.article(op.article());
                } else if (op.duplicate() != null) {
                    b.duplicate(op.duplicate());
                } else if (op.deleteId() != null && config.deleteOnTombstone) {
                    b.delete(op.deleteId());
                }
            }
            b.execute();
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

    /**
     * The last operation per id, in first-seen order: a batch may carry the same article twice (redelivery), or an
     * upsert and a tombstone; the later record wins, as it would have written one at a time.
     */
    static java.util.Collection<Op> lastPerId(List<Op> ops) {
        java.util.Map<String, Op> last = new java.util.LinkedHashMap<>();
        for (Op op : ops) {
            String key = op.article() != null ? "a:" + op.article().id()
                    : op.deleteId() != null ? "a:" + op.deleteId() : "d:" + op.duplicate().id();
            last.remove(key);
            last.put(key, op);
        }
        return last.values();
    }

    /** The statements of one batch, in the order they must run: parents and deletions first, then children. */
    private final class Batch implements AutoCloseable {
        private final PreparedStatement upsertArticle;
        private final PreparedStatement deleteEntities;
        private final PreparedStatement deleteIndicators;
        private final PreparedStatement insertEntity;
        private final PreparedStatement insertIndicator;
        private final PreparedStatement upsertDuplicate;
        private final PreparedStatement deleteArticle;
        private final SearchIndex.Statements search;

        Batch(Connection c) throws SQLException {
            String j = dialect.jsonParam();
            upsertArticle = c.prepareStatement("INSERT INTO " + p + "articles (id, source_id, source, ordinal, title, "
                    + "subtitle, authors, body, paragraphs, subheadings, captions, complete, content_hash, received_at, "
                    + "dates, metrics, cjk_chars, updated_at" + bigramColumn() + ") VALUES (?,?,?,?,?,?," + j + ",?," + j
                    + "," + j + "," + j + ",?,?,?," + j + "," + j + ",?,?" + bigramValue() + ") ON CONFLICT (id) DO UPDATE SET "
                    + bigramUpdate() + "source_id=excluded.source_id, "
                    + "source=excluded.source, ordinal=excluded.ordinal, title=excluded.title, subtitle=excluded.subtitle, "
                    + "authors=excluded.authors, body=excluded.body, paragraphs=excluded.paragraphs, "
                    + "subheadings=excluded.subheadings, captions=excluded.captions, complete=excluded.complete, "
                    + "content_hash=excluded.content_hash, received_at=excluded.received_at, dates=excluded.dates, "
                    + "metrics=excluded.metrics, cjk_chars=excluded.cjk_chars");
            deleteEntities = c.prepareStatement("DELETE FROM " + p + "entities WHERE article_id = ?");
            deleteIndicators = c.prepareStatement("DELETE FROM " + p + "indicators WHERE article_id = ?");
            insertEntity = c.prepareStatement("INSERT INTO " + p + "entities (article_id, type, text, mentions, offsets, "
                    + "normalized) VALUES (?,?,?,?," + j + "," + j + ")");
            insertIndicator = c.prepareStatement("INSERT INTO " + p + "indicators (article_id, idx, text, subject, value, "
                    + "unit, normalized_value, normalized_unit, kind, approx) VALUES (?,?,?,?,?,?,?,?,?,?)");
            upsertDuplicate = c.prepareStatement("INSERT INTO " + p + "duplicates (id, duplicate_of, similarity, method, "
                    + "source_id, title) VALUES (?,?,?,?,?,?) ON CONFLICT (id) DO UPDATE SET "
                    + "duplicate_of=excluded.duplicate_of, similarity=excluded.similarity, method=excluded.method, "
                    + "source_id=excluded.source_id, title=excluded.title");
            deleteArticle = c.prepareStatement("DELETE FROM " + p + "articles WHERE id = ?");
            search = new SearchIndex(dialect, p).prepare(c);
        }

        void article(Article a) throws SQLException {
            int i = 0;
            upsertArticle.setString(++i, a.id());
            upsertArticle.setString(++i, a.sourceId());
            upsertArticle.setString(++i, a.source());
            upsertArticle.setInt(++i, a.ordinal());
            upsertArticle.setString(++i, a.title());
            upsertArticle.setString(++i, a.subtitle());
            upsertArticle.setString(++i, Json.writeString(a.authors()));
            upsertArticle.setString(++i, a.body());
            upsertArticle.setString(++i, Json.writeString(a.paragraphs()));
            upsertArticle.setString(++i, Json.writeString(a.subheadings()));
            upsertArticle.setString(++i, Json.writeString(a.captions()));
            upsertArticle.setBoolean(++i, a.complete());
            upsertArticle.setString(++i, a.contentHash());
            setTime(upsertArticle, ++i, a.receivedAt());
            upsertArticle.setString(++i, Json.writeString(a.dates()));
            upsertArticle.setString(++i, a.metrics() == null ? null : Json.writeString(a.metrics()));
            if (a.metrics() == null) {
                upsertArticle.setNull(++i, Types.INTEGER);
            } else {
                upsertArticle.setInt(++i, a.metrics().cjkChars());
            }
            setTime(upsertArticle, ++i, Instant.now());
            if (dialect instanceof PostgresDialect) {
                upsertArticle.setString(++i, CjkBigrams.of((a.title() == null ? "" : a.title() + "\n") + a.body()));
            }
            upsertArticle.addBatch();
            deleteChildren(a.id());
            for (Entity e : a.entities()) {
                insertEntity.setString(1, a.id());
                insertEntity.setString(2, e.type().name());
                insertEntity.setString(3, e.text());
                insertEntity.setInt(4, e.mentions());
                insertEntity.setString(5, Json.writeString(e.offsets()));
                insertEntity.setString(6, e.normalized() == null ? null : Json.writeString(e.normalized()));
                insertEntity.addBatch();
            }
            int idx = 0;
            for (Indicator in : a.indicators()) {
                insertIndicator.setString(1, a.id());
                insertIndicator.setInt(2, idx++);
                insertIndicator.setString(3, in.text());
                insertIndicator.setString(4, in.subject());
                insertIndicator.setDouble(5, in.value());
                insertIndicator.setString(6, in.unit());
                insertIndicator.setDouble(7, in.normalized() == null ? in.value() : in.normalized().value());
                insertIndicator.setString(8, in.normalized() == null ? null : in.normalized().unit());
                insertIndicator.setString(9, in.kind());
                insertIndicator.setBoolean(10, in.approx());
                insertIndicator.addBatch();
            }
            search.index(a);
        }

        void duplicate(DuplicateRecord d) throws SQLException {
            upsertDuplicate.setString(1, d.id());
            upsertDuplicate.setString(2, d.duplicateOf());
            upsertDuplicate.setDouble(3, d.similarity());
            upsertDuplicate.setString(4, d.method());
            upsertDuplicate.setString(5, d.sourceId());
            upsertDuplicate.setString(6, d.title());
            upsertDuplicate.addBatch();
        }

        void delete(String id) throws SQLException {
            deleteChildren(id);
            search.remove(id);
            deleteArticle.setString(1, id);
            deleteArticle.addBatch();
        }

        private void deleteChildren(String id) throws SQLException {
            deleteEntities.setString(1, id);
            deleteEntities.addBatch();
            deleteIndicators.setString(1, id);
            deleteIndicators.addBatch();
        }

        /**
         * Runs the batches in dependency order: old search rows, article upserts, old children, new children, search
         * rows, duplicates, deletions. Correct because {@link #lastPerId} left at most one operation per id.
         */
        void execute() throws SQLException {
            search.removeBeforeUpsert();
            upsertArticle.executeBatch();
            deleteEntities.executeBatch();
            deleteIndicators.executeBatch();
            insertEntity.executeBatch();
            insertIndicator.executeBatch();
            search.execute();
            upsertDuplicate.executeBatch();
            deleteArticle.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : List.of(upsertArticle, deleteEntities, deleteIndicators, insertEntity,
                    insertIndicator, upsertDuplicate, deleteArticle)) {
                s.close();
            }
            search.close();
        }
    }

    /** PostgreSQL keeps its search vector in the article row, written by the same upsert (no second heap write). */
    private String bigramColumn() {
        return dialect instanceof PostgresDialect ? ", search" : "";
    }

    private String bigramValue() {
        return dialect instanceof PostgresDialect ? ", to_tsvector('simple', ?)" : "";
    }

    private String bigramUpdate() {
        return dialect instanceof PostgresDialect ? "search=excluded.search, " : "";
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
