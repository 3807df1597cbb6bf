package io.newspipe.explore;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Full-text search with facets: the ranked page of articles that match every term and every facet filter, how many
 * match in all, and for each facet its most frequent values among the matches, with counts. One search is eight
 * queries over one connection. Thread-safe.
 */
final class SearchQueries {
    static final int FACET_VALUES = 12;
    private static final Map<String, String> ENTITY_FACETS = Map.of("person", "PERSON", "place", "PLACE",
            "organization", "ORGANIZATION");
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
        return store.with(c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("q", query.q());
            out.put("terms", query.terms());
            out.put("filters", query.filters());
            out.put("total", ExplorerStore.count(c, new Sql("SELECT COUNT(*)").add(from).add(where)));
            out.put("page", query.page());
            out.put("size", query.size());
            Sql page = new Sql("SELECT a.id, a.title, a.subtitle, a.source, a.received_at, a.authors, a.body"
                    + (indexed.isEmpty() ? "" : ", " + d.rank() + " AS rank")).add(from).add(where)
                    .add(" ORDER BY " + (indexed.isEmpty() ? "" : "rank DESC, ") + "a.received_at DESC, a.id LIMIT ? OFFSET ?",
                            query.size(), (query.page() - 1) * query.size());
            List<Map<String, Object>> results = new ArrayList<>();
            for (Map<String, Object> row : ExplorerStore.rows(c, page, "authors")) {
                String body = (String) row.remove("body");
                row.remove("rank");
                row.put("receivedAt", row.remove("received_at"));
                row.put("snippet", Snippets.of(body, query.terms()));
                results.add(row);
            }
            out.put("results", results);
            Map<String, Object> facets = new LinkedHashMap<>();
            for (String facet : SearchQuery.FACETS) {
                facets.put(facet, ExplorerStore.rows(c, facet(facet, from, where)));
            }
            out.put("facets", facets);
            out.put("tookMs", (System.nanoTime() - t0) / 1_000_000.0);
            return out;
        });
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

    /** The facet's values among the matches, most frequent first, as rows {@code {value, count}}. */
    private Sql facet(String facet, Sql from, Sql where) {
        StoreDialect d = store.dialect();
        Sql matched = new Sql("(SELECT a.id").add(from).add(where).add(")");
        String limit = " ORDER BY count DESC, value LIMIT " + FACET_VALUES;
        return switch (facet) {
            case "person", "place", "organization" -> new Sql("SELECT e.text AS value, COUNT(DISTINCT e.article_id) AS count FROM "
                    + store.table("entities") + " e WHERE e.type = ? AND e.article_id IN ", ENTITY_FACETS.get(facet))
                    .add(matched).add(" GROUP BY e.text" + limit);
            case "author" -> new Sql("SELECT " + d.authorValue() + " AS value, COUNT(*) AS count FROM " + store.table("articles")
                    + " m, " + d.authorsOf("m") + " WHERE m.id IN ").add(matched).add(" GROUP BY " + d.authorValue() + limit);
            case "source" -> new Sql("SELECT a.source AS value, COUNT(*) AS count").add(from).add(where)
                    .add(" GROUP BY a.source" + limit);
            case "day" -> new Sql("SELECT " + d.day("a.received_at") + " AS value, COUNT(*) AS count").add(from).add(where)
                    .add(" GROUP BY " + d.day("a.received_at") + " ORDER BY value DESC LIMIT 31");
            default -> throw new IllegalArgumentException("no facet " + facet);
        };
    }
}
