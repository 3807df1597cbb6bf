package io.newspipe.sink;

import java.sql.SQLException;
import java.util.List;

/** SQLite: the embedded default. WAL so readers are never blocked by the sink; FTS5 for full-text search. */
public final class SqliteDialect implements Dialect {
    @Override
    public String name() {
        return "sqlite";
    }

    @Override
    public List<String> onConnect() {
        return List.of("PRAGMA journal_mode=WAL", "PRAGMA busy_timeout=10000", "PRAGMA foreign_keys=ON");
    }

    @Override
    public SearchIndex searchIndex(String prefix) {
        return new SqliteFtsIndex(prefix);
    }

    @Override
    public boolean isTransient(SQLException e) {
        // SQLITE_BUSY (5) and SQLITE_LOCKED (6): another writer holds the file.
        return e.getErrorCode() == 5 || e.getErrorCode() == 6 || Dialect.super.isTransient(e);
    }

    @Override
    public List<List<String>> migrations(String p) {
        return List.of(Schema.v1(p, "TEXT", "INTEGER", "REAL", "TEXT"),
                List.of("CREATE VIRTUAL TABLE IF NOT EXISTS " + p + "articles_fts USING fts5(id UNINDEXED, title, body, "
                        + "tokenize='trigram')"),
                List.of("CREATE VIEW IF NOT EXISTS " + p + "entities_daily AS SELECT substr(a.received_at, 1, 10) AS day, "
                        + "e.type, e.text, SUM(e.mentions) AS mentions, COUNT(*) AS articles FROM " + p + "entities e JOIN "
                        + p + "articles a ON a.id = e.article_id GROUP BY 1, 2, 3"),
                Schema.v4(p, "REAL"));
        // articles_fts rows carry the rowid of their article row: see SqliteFtsIndex.
    }
}
