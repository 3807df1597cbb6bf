package io.newspipe.sink;

import io.newspipe.model.Article;

import java.util.List;

/**
 * PostgreSQL's full-text search: a {@code search tsvector} column of the article row, CJK bigrams under the
 * {@code simple} configuration (no extension needed), written by the article upsert itself: no second heap write.
 */
final class PostgresSearchColumn implements SearchIndex {
    private static final List<Column> COLUMNS = List.of(new Column("search", Column.Type.TEXT, "to_tsvector('simple', ?)"));

    @Override
    public List<Column> articleColumns() {
        return COLUMNS;
    }

    @Override
    public List<Object> articleValues(Article a) {
        return List.of(CjkBigrams.of((a.title() == null ? "" : a.title() + "\n") + a.body()));
    }
}
