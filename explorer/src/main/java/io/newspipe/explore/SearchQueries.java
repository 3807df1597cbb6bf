package io.newspipe.explore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search with facets: the ranked page of articles that match every term and every facet filter, how many
 * match in all, and for each facet its most frequent values among the matches, with counts. The matches are found
 * once per search, into a temporary table of the connection ({@code explore_hits}); the page, the total and the
 * facets are read from it. A search with no term and no filter reads the tables directly. Thread-safe (a connection
 * serves one search at a time).
 */
final class SearchQueries {
    static final int FACET_VALUES = 12;
    private static final String HITS = "explore_hits";
    private static final Map<String, String> ENTITY_FACETS = Map.of("person", "PERSON", "place", "PLACE",
            "organization", "ORGANIZATION");
    /** The same pairs the other way round: an entity type's facet. */
    private static final Map<String, String> FACET_OF_TYPE = ENTITY_FACETS.entrySet().stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    private final ExplorerStore store;

    SearchQueries(ExplorerStore store) {
        this.store = store;
    }

    Map<String, Object> search(SearchQuery query) throws SQLException {
        long t0 = System.nanoTime();
        StoreDialect d = store.dialect();
        Sql from = new Sql(" FROM " + store.table("articles") + " a");
        Sql where = new Sql();
        List<String> indexed = query.terms().stream().filter(d::indexes).toList();
        if (!indexed.isEmpty()) {
            d.fullText(from, where, store.table(""), indexed);
        }
        for (String term : query.terms()) {
            if (!indexed.contains(term)) {
                String like = Sql.contains(term);
                where.and("(a.title LIKE ? ESCAPE '\\' OR a.body LIKE ? ESCAPE '\\')", like, like);
            }
        }
        query.filters().forEach((facet, values) -> values.forEach(v -> narrow(where, facet, v)));
        boolean everything = query.terms().isEmpty() && query.filters().isEmpty();
        return store.with(c -> {
            // Matched articles: all of them, or those found once into the connection's table of hits. The hits drive
            // the joins (CROSS JOIN keeps SQLite from scanning the big table and probing the small one).
            String articles;
            String articlesJoin;
            String entities;
            long total;
            if (everything) {
                articles = " FROM " + store.table("articles") + " a";
                articlesJoin = "";
                entities = " FROM " + store.table("entities") + " e";
                total = ExplorerStore.count(c, new Sql("SELECT COUNT(*) FROM " + store.table("articles")));
            } else {
                hits(c, new Sql("INSERT INTO " + HITS + " (id, rank) SELECT a.id, " + (indexed.isEmpty() ? "0" : d.rank()))
                        .add(from).add(where));
                articles = " FROM " + HITS + " h CROSS JOIN " + store.table("articles") + " a";
                articlesJoin = " WHERE a.id = h.id";
                entities = " FROM " + HITS + " h CROSS JOIN " + store.table("entities") + " e WHERE e.article_id = h.id";
                total = ExplorerStore.count(c, new Sql("SELECT COUNT(*) FROM " + HITS));
            }
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("q", query.q());
            out.put("terms", query.terms());
            out.put("filters", query.filters());
            out.put("total", total);
            out.put("page", query.page());
            out.put("size", query.size());
            Sql page = new Sql("SELECT a.id, a.title, a.subtitle, a.source, a.received_at, a.authors, a.body" + articles
                    + articlesJoin + " ORDER BY " + (everything ? "" : "h.rank DESC, ") + "a.received_at DESC, a.id LIMIT ? OFFSET ?",
                    query.size(), (query.page() - 1) * query.size());
            List<Map<String, Object>> results = new ArrayList<>();
            for (Map<String, Object> row : ExplorerStore.rows(c, page, "authors")) {
                String body = (String) row.remove("body");
                row.put("receivedAt", row.remove("received_at"));
                row.put("snippet", Snippets.of(body, query.terms()));
                results.add(row);
            }
            out.put("results", results);
            Map<String, List<Map<String, Object>>> facets = new LinkedHashMap<>();
            for (String facet : SearchQuery.FACETS) {
                facets.put(facet, new ArrayList<>());
            }
            // The three entity facets in one pass: the top values per type by a window over the grouped rows.
            for (Map<String, Object> r : ExplorerStore.rows(c, new Sql("SELECT type, value, count FROM (SELECT e.type, e.text AS value, "
                    + "COUNT(*) AS count, ROW_NUMBER() OVER (PARTITION BY e.type ORDER BY COUNT(*) DESC, e.text) AS rk" + entities
                    + " GROUP BY e.type, e.text) t WHERE rk <= " + FACET_VALUES + " ORDER BY type, count DESC, value"))) {
                String facet = FACET_OF_TYPE.get(String.valueOf(r.remove("type")));
                if (facet != null) {
                    facets.get(facet).add(r);
                }
            }
            String limit = " ORDER BY count DESC, value LIMIT " + FACET_VALUES;
            facets.put("author", ExplorerStore.rows(c, new Sql("SELECT " + d.authorValue() + " AS value, COUNT(*) AS count"
                    + articles + ", " + d.authorsOf("a") + articlesJoin + " GROUP BY " + d.authorValue() + limit)));
            facets.put("source", ExplorerStore.rows(c, new Sql("SELECT a.source AS value, COUNT(*) AS count" + articles
                    + articlesJoin + " GROUP BY a.source" + limit)));
            facets.put("day", ExplorerStore.rows(c, new Sql("SELECT " + d.day("a.received_at") + " AS value, COUNT(*) AS count"
                    + articles + articlesJoin + " GROUP BY " + d.day("a.received_at") + " ORDER BY value DESC LIMIT 31")));
            out.put("facets", facets);
            out.put("tookMs", (System.nanoTime() - t0) / 1_000_000.0);
            return out;
        });
    }

    /** Fills the connection's table of hits (created on first use, emptied before each search) with {@code insert}. */
    private void hits(Connection c, Sql insert) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + HITS + " (id VARCHAR(64) PRIMARY KEY, rank "
                    + store.dialect().realType() + ")");
            s.execute("DELETE FROM " + HITS);
        }
        try (PreparedStatement s = insert.prepare(c)) {
            s.executeUpdate();
        }
    }

    private void narrow(Sql where, String facet, String value) {
        StoreDialect d = store.dialect();
        switch (facet) {
            case "person", "place", "organization" -> where.and("EXISTS (SELECT 1 FROM " + store.table("entities")
                    + " e WHERE e.article_id = a.id AND e.type = ? AND e.text = ?)", ENTITY_FACETS.get(facet), value);
            case "author" -> where.and("EXISTS (SELECT 1 FROM " + d.authorsOf("a") + " WHERE " + d.authorValue() + " = ?)", value);
            case "source" -> where.and("a.source = ?", value);
            case "day" -> where.and(d.day("a.received_at") + " = ?", value);
            default -> throw new IllegalArgumentException("no facet " + facet);
        }
    }
}
