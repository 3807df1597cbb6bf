package io.newspipe.explore;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One article with everything recorded about it: its row, entities, indicators, the copies dropped as its duplicates,
 * the articles it shares text with (both ways); or, for an id the dedup stage dropped, the verdict naming the copy
 * that was kept. Thread-safe.
 */
final class ArticleQueries {
    private final ExplorerStore store;

    ArticleQueries(ExplorerStore store) {
        this.store = store;
    }

    /** The article, or its duplicate verdict as {@code {duplicate: …}}; null when the id is unknown. */
    Map<String, Object> article(String id) throws SQLException {
        return store.with(c -> {
            List<Map<String, Object>> rows = ExplorerStore.rows(c, new Sql("SELECT id, source_id, source, ordinal, title, "
                    + "subtitle, authors, body, paragraphs, subheadings, captions, complete, content_hash, received_at, dates, "
                    + "metrics, cjk_chars FROM " + store.table("articles") + " WHERE id = ?", id),
                    "authors", "paragraphs", "subheadings", "captions", "dates", "metrics");
            if (rows.isEmpty()) {
                List<Map<String, Object>> verdict = ExplorerStore.rows(c, new Sql("SELECT id, duplicate_of, similarity, "
                        + "method, source_id, title FROM " + store.table("duplicates") + " WHERE id = ?", id));
                return verdict.isEmpty() ? null : Map.of("duplicate", camel(verdict.get(0)));
            }
            Map<String, Object> a = camel(rows.get(0));
            a.put("complete", truthy(a.get("complete")));
            a.put("entities", ExplorerStore.rows(c, new Sql("SELECT type, text, mentions, offsets, normalized FROM "
                    + store.table("entities") + " WHERE article_id = ? ORDER BY type, mentions DESC, text", id),
                    "offsets", "normalized"));
            List<Map<String, Object>> indicators = ExplorerStore.rows(c, new Sql("SELECT idx, text, subject, value, unit, "
                    + "normalized_value, normalized_unit, kind, approx FROM " + store.table("indicators")
                    + " WHERE article_id = ? ORDER BY idx", id));
            indicators.replaceAll(ArticleQueries::camel);
            indicators.forEach(i -> i.put("approx", truthy(i.get("approx"))));
            a.put("indicators", indicators);
            List<Map<String, Object>> dups = ExplorerStore.rows(c, new Sql("SELECT id, similarity, method, source_id, title FROM "
                    + store.table("duplicates") + " WHERE duplicate_of = ? AND id <> ? ORDER BY similarity DESC, id", id, id));
            dups.replaceAll(ArticleQueries::camel);
            a.put("duplicates", dups);
            a.put("related", ExplorerStore.rows(c, new Sql("SELECT r.related_id AS id, a.title, r.similarity FROM "
                    + store.table("related") + " r LEFT JOIN " + store.table("articles") + " a ON a.id = r.related_id "
                    + "WHERE r.article_id = ? ORDER BY r.similarity DESC", id)));
            a.put("relatedBy", ExplorerStore.rows(c, new Sql("SELECT r.article_id AS id, a.title, r.similarity FROM "
                    + store.table("related") + " r LEFT JOIN " + store.table("articles") + " a ON a.id = r.article_id "
                    + "WHERE r.related_id = ? ORDER BY r.similarity DESC", id)));
            return a;
        });
    }

    /** SQLite stores booleans as 0 and 1. */
    static boolean truthy(Object v) {
        return v instanceof Boolean b ? b : v instanceof Number n && n.intValue() != 0;
    }

    /** Column names as the JSON of the topics spells them: {@code received_at} → {@code receivedAt}. */
    static Map<String, Object> camel(Map<String, Object> row) {
        Map<String, Object> out = new LinkedHashMap<>();
        row.forEach((k, v) -> {
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < k.length(); i++) {
                char ch = k.charAt(i);
                if (ch == '_' && i + 1 < k.length()) {
                    b.append(Character.toUpperCase(k.charAt(++i)));
                } else {
                    b.append(ch);
                }
            }
            out.put(b.toString(), v);
        });
        return out;
    }
}
