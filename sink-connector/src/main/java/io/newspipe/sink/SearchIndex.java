package io.newspipe.sink;

import io.newspipe.model.Article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps SQLite's full-text search in step with the articles table, inside the writer's transaction: an FTS5 trigram
 * table whose rowid is the article row's rowid, so a row is found by index, not by scanning. (PostgreSQL's search
 * vector is a column of the article row, written by the upsert itself.)
 */
final class SearchIndex {
    private final Dialect dialect;
    private final String p;

    SearchIndex(Dialect dialect, String prefix) {
        this.dialect = dialect;
        this.p = prefix;
    }

    Statements prepare(Connection c) throws SQLException {
        if (!(dialect instanceof SqliteDialect)) {
            return new Statements(null, null);
        }
        return new Statements(
                c.prepareStatement("DELETE FROM " + p + "articles_fts WHERE rowid IN (SELECT rowid FROM " + p
                        + "articles WHERE id = ?)"),
                c.prepareStatement("INSERT INTO " + p + "articles_fts (rowid, id, title, body) SELECT rowid, id, title, "
                        + "body FROM " + p + "articles WHERE id = ?"));
    }

    /** One batch's search statements. Not thread-safe. */
    static final class Statements implements AutoCloseable {
        private final PreparedStatement remove;
        private final PreparedStatement index;

        private Statements(PreparedStatement remove, PreparedStatement index) {
            this.remove = remove;
            this.index = index;
        }

        void index(Article a) throws SQLException {
            if (index != null) {
                remove(a.id());
                index.setString(1, a.id());
                index.addBatch();
            }
        }

        void remove(String id) throws SQLException {
            if (remove != null) {
                remove.setString(1, id);
                remove.addBatch();
            }
        }

        /** Drops the old search rows; must run while the article rows still have their rowids. */
        void removeBeforeUpsert() throws SQLException {
            if (remove != null) {
                remove.executeBatch();
            }
        }

        /** Indexes the upserted rows; must run after the article upserts. */
        void execute() throws SQLException {
            if (index != null) {
                index.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            if (remove != null) {
                remove.close();
                index.close();
            }
        }
    }
}
