package io.newspipe.sink;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * SQLite's full-text search: an FTS5 trigram table {@code articles_fts} whose rowid is the article row's rowid, so a
 * row is found by index, not by scanning. Kept in step inside the writer's transaction: old rows are dropped before
 * the upserts (while the article rows still have their rowids), new ones indexed after.
 */
final class SqliteFtsIndex implements SearchIndex {
    private final String p;

    SqliteFtsIndex(String prefix) {
        this.p = prefix;
    }

    @Override
    public Batch prepare(Connection c) throws SQLException {
        PreparedStatement remove = c.prepareStatement("DELETE FROM " + p + "articles_fts WHERE rowid IN (SELECT rowid FROM "
                + p + "articles WHERE id = ?)");
        PreparedStatement index = c.prepareStatement("INSERT INTO " + p + "articles_fts (rowid, id, title, body) "
                + "SELECT rowid, id, title, body FROM " + p + "articles WHERE id = ?");
        return new Batch() {
            @Override
            public void index(String id) throws SQLException {
                remove(id);
                index.setString(1, id);
                index.addBatch();
            }

            @Override
            public void remove(String id) throws SQLException {
                remove.setString(1, id);
                remove.addBatch();
            }

            @Override
            public void beforeUpserts() throws SQLException {
                remove.executeBatch();
            }

            @Override
            public void afterUpserts() throws SQLException {
                index.executeBatch();
            }

            @Override
            public void close() throws SQLException {
                remove.close();
                index.close();
            }
        };
    }
}
