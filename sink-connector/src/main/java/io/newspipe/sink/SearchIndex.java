package io.newspipe.sink;

import io.newspipe.model.Article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Keeps full-text search in step with the articles table: an FTS5 trigram table on SQLite, a {@code simple} tsvector of
 * CJK bigrams on PostgreSQL. Called inside the writer's transaction. Stateless.
 */
final class SearchIndex {
    private final Dialect dialect;
    private final String p;

    SearchIndex(Dialect dialect, String prefix) {
        this.dialect = dialect;
        this.p = prefix;
    }

    void index(Connection c, Article a) throws SQLException {
        String text = (a.title() == null ? "" : a.title() + "\n") + a.body();
        if (dialect instanceof PostgresDialect) {
            try (PreparedStatement s = c.prepareStatement("UPDATE " + p + "articles SET search = to_tsvector('simple', ?) "
                    + "WHERE id = ?")) {
                s.setString(1, CjkBigrams.of(text));
                s.setString(2, a.id());
                s.executeUpdate();
            }
            return;
        }
        remove(c, a.id());
        try (PreparedStatement s = c.prepareStatement("INSERT INTO " + p + "articles_fts (id, title, body) VALUES (?,?,?)")) {
            s.setString(1, a.id());
            s.setString(2, a.title());
            s.setString(3, a.body());
            s.executeUpdate();
        }
    }

    void remove(Connection c, String id) throws SQLException {
        if (dialect instanceof SqliteDialect) {
            try (PreparedStatement s = c.prepareStatement("DELETE FROM " + p + "articles_fts WHERE id = ?")) {
                s.setString(1, id);
                s.executeUpdate();
            }
        }
    }
}
