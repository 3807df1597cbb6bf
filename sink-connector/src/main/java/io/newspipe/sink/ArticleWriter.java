package io.newspipe.sink;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.Entity;
import io.newspipe.model.Indicator;
import io.newspipe.model.RelatedArticle;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Writes batches to the store, one transaction per batch: an article and its entities and indicators are written
 * together or not at all. Upserts by id, and child rows are replaced, so a redelivered record changes nothing. Each
 * statement comes from the dialect, is prepared once per batch and sent as a JDBC batch. Not thread-safe: one task
 * owns one writer.
 */
public class ArticleWriter implements AutoCloseable {
    /** One parsed record: exactly one of article, duplicate, deleteId is set. */
    public record Op(Article article, DuplicateRecord duplicate, String deleteId) {
    }

    private final ArticleSinkConfig config;
    private final Dialect dialect;
    private final String p;
    private final SearchIndex search;
    private final List<Column> articleColumns;
    private Connection connection;

    public ArticleWriter(ArticleSinkConfig config) {
        this.config = config;
        this.dialect = config.dialect;
        this.p = config.tablePrefix;
        this.search = dialect.searchIndex(p);
        this.articleColumns = new ArrayList<>(Rows.ARTICLE);
        articleColumns.addAll(search.articleColumns());
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
                    b.duplicates.add(Rows.duplicate(op.duplicate()));
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
    static Collection<Op> lastPerId(List<Op> ops) {
        Map<String, Op> last = new LinkedHashMap<>();
        for (Op op : ops) {
            String key = op.article() != null ? "a:" + op.article().id()
                    : op.deleteId() != null ? "a:" + op.deleteId() : "d:" + op.duplicate().id();
            last.remove(key);
            last.put(key, op);
        }
        return last.values();
    }

    /** A prepared statement and the columns its parameters bind, in order. */
    private final class Bound implements AutoCloseable {
        private final PreparedStatement statement;
        private final List<Column> columns;

        Bound(Connection c, String sql, List<Column> columns) throws SQLException {
            this.statement = c.prepareStatement(sql);
            this.columns = columns;
        }

        void add(List<Object> values) throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                dialect.bind(statement, i + 1, columns.get(i).type(), values.get(i));
            }
            statement.addBatch();
        }

        void execute() throws SQLException {
            statement.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }

    /** The statements of one batch, in the order they must run: parents and deletions first, then children. */
    private final class Batch implements AutoCloseable {
        private static final List<Column> ID = List.of(new Column("article_id", Column.Type.TEXT));
        private final Bound upsertArticle;
        private final Bound deleteEntities;
        private final Bound deleteIndicators;
        private final Bound insertEntity;
        private final Bound insertIndicator;
        private final Bound deleteRelated;
        private final Bound insertRelated;
        private final Bound duplicates;
        private final Bound deleteArticle;
        private final SearchIndex.Batch index;
        private final Instant now = Instant.now();

        Batch(Connection c) throws SQLException {
            upsertArticle = new Bound(c, dialect.upsert(p + "articles", List.of("id"), articleColumns), articleColumns);
            deleteEntities = new Bound(c, "DELETE FROM " + p + "entities WHERE article_id = ?", ID);
            deleteIndicators = new Bound(c, "DELETE FROM " + p + "indicators WHERE article_id = ?", ID);
            insertEntity = new Bound(c, dialect.insert(p + "entities", Rows.ENTITY), Rows.ENTITY);
            insertIndicator = new Bound(c, dialect.insert(p + "indicators", Rows.INDICATOR), Rows.INDICATOR);
            deleteRelated = new Bound(c, "DELETE FROM " + p + "related WHERE article_id = ?", ID);
            insertRelated = new Bound(c, dialect.insert(p + "related", Rows.RELATED), Rows.RELATED);
            duplicates = new Bound(c, dialect.upsert(p + "duplicates", List.of("id"), Rows.DUPLICATE), Rows.DUPLICATE);
            deleteArticle = new Bound(c, "DELETE FROM " + p + "articles WHERE id = ?", ID);
            index = search.prepare(c);
        }

        void article(Article a) throws SQLException {
            List<Object> row = new ArrayList<>(Rows.article(a, now));
            row.addAll(search.articleValues(a));
            upsertArticle.add(row);
            deleteChildren(a.id());
            for (Entity e : a.entities()) {
                insertEntity.add(Rows.entity(a.id(), e));
            }
            int idx = 0;
            for (Indicator in : a.indicators()) {
                insertIndicator.add(Rows.indicator(a.id(), idx++, in));
            }
            for (RelatedArticle r : a.related()) {
                insertRelated.add(Rows.related(a.id(), r));
            }
            index.index(a.id());
        }

        void delete(String id) throws SQLException {
            deleteChildren(id);
            index.remove(id);
            deleteArticle.add(List.of(id));
        }

        private void deleteChildren(String id) throws SQLException {
            deleteEntities.add(List.of(id));
            deleteIndicators.add(List.of(id));
            deleteRelated.add(List.of(id));
        }

        /**
         * Runs the batches in dependency order: old search rows, article upserts, old children, new children, search
         * rows, duplicates, deletions. Correct because {@link #lastPerId} left at most one operation per id.
         */
        void execute() throws SQLException {
            index.beforeUpserts();
            upsertArticle.execute();
            deleteEntities.execute();
            deleteIndicators.execute();
            deleteRelated.execute();
            insertEntity.execute();
            insertIndicator.execute();
            insertRelated.execute();
            index.afterUpserts();
            duplicates.execute();
            deleteArticle.execute();
        }

        @Override
        public void close() throws SQLException {
            for (Bound b : List.of(upsertArticle, deleteEntities, deleteIndicators, deleteRelated, insertEntity,
                    insertIndicator, insertRelated, duplicates, deleteArticle)) {
                b.close();
            }
            index.close();
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
