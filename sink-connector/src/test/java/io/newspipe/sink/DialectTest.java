package io.newspipe.sink;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each dialect owns its SQL: the statements the writer asks for, per database. */
class DialectTest {
    private static final List<Column> COLUMNS = List.of(new Column("id", Column.Type.TEXT),
            new Column("meta", Column.Type.JSON), new Column("at", Column.Type.TIME));

    @Test
    void anUpsertUpdatesEveryColumnButTheKey() {
        assertEquals("INSERT INTO t (id, meta, at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET "
                + "meta=excluded.meta, at=excluded.at", new SqliteDialect().upsert("t", List.of("id"), COLUMNS));
    }

    @Test
    void postgresCastsJsonAndIndexesInTheArticleRow() {
        PostgresDialect pg = new PostgresDialect();
        assertEquals("INSERT INTO t (id, meta, at) VALUES (?, CAST(? AS JSONB), ?)", pg.insert("t", COLUMNS));
        SearchIndex search = pg.searchIndex("p_");
        assertEquals("search", search.articleColumns().get(0).name());
        assertTrue(pg.insert("a", search.articleColumns()).contains("to_tsvector('simple', ?)"));
        // Title and body, as CJK bigrams: what the tsvector is built from.
        assertEquals(List.of("天心 心区 区网 网格 格治 治理 网格 格员"),
                search.articleValues(TestArticles.article("x-01", "网格员")));
    }

    @Test
    void sqliteKeepsAnFtsTableOfItsOwnAndAddsNoColumn() {
        SearchIndex search = new SqliteDialect().searchIndex("");
        assertInstanceOf(SqliteFtsIndex.class, search);
        assertTrue(search.articleColumns().isEmpty());
    }
}
