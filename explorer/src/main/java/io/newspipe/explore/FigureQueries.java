package io.newspipe.explore;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The figures behind the entity, place, indicator and pipeline pages: most named entities in a period and their daily
 * trend (the store's {@code entities_daily} view), counts rolled up the division tree by code prefix, indicator
 * subjects and their values across articles, and the store's counts. Thread-safe.
 */
final class FigureQueries {
    static final Set<String> TYPES = Set.of("PERSON", "PLACE", "ORGANIZATION");
    private static final Pattern CODE = Pattern.compile("\\d{2,9}");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int MAX_ROWS = 5_000;
    private final ExplorerStore store;

    FigureQueries(ExplorerStore store) {
        this.store = store;
    }

    /** The most named entities of a type between two days (inclusive; null for open), by articles then mentions. */
    List<Map<String, Object>> topEntities(String type, String from, String to, int limit) throws SQLException {
        checkType(type);
        Sql sql = new Sql("SELECT text, SUM(mentions) AS mentions, SUM(articles) AS articles FROM "
                + store.table("entities_daily")).and("type = ?", type);
        if (from != null) {
            sql.and("day >= ?", checkDay(from));
        }
        if (to != null) {
            sql.and("day <= ?", checkDay(to));
        }
        sql.add(" GROUP BY text ORDER BY articles DESC, mentions DESC, text LIMIT ?", limit);
        return store.with(c -> ExplorerStore.rows(c, sql));
    }

    /** Mentions and articles per day of one entity. */
    List<Map<String, Object>> trend(String type, String text) throws SQLException {
        checkType(type);
        return store.with(c -> ExplorerStore.rows(c, new Sql("SELECT day, mentions, articles FROM "
                + store.table("entities_daily") + " WHERE type = ? AND text = ? ORDER BY day", type, text)));
    }

    /**
     * A place and what lies under it: articles naming it or any place inside it (division codes are hierarchical:
     * 2 digits for a province, 4 for a city, 6 for a county, 9 for a township, each starting with its parent's), and
     * the same count per division one level down. The place is given by its code or by a name a place entity carries;
     * null when nothing is known of it.
     */
    Map<String, Object> place(String codeOrName) throws SQLException {
        StoreDialect d = store.dialect();
        String code = d.jsonText("e.normalized", "code");
        return store.with(c -> {
            String target = codeOrName;
            if (!CODE.matcher(target).matches()) {
                List<Map<String, Object>> found = ExplorerStore.rows(c, new Sql("SELECT " + code + " AS code, COUNT(*) AS n FROM "
                        + store.table("entities") + " e WHERE e.type = 'PLACE' AND (e.text = ? OR " + d.jsonText("e.normalized", "name")
                        + " = ?) AND " + code + " IS NOT NULL GROUP BY " + code + " ORDER BY n DESC LIMIT 1", codeOrName, codeOrName));
                if (found.isEmpty()) {
                    // A place the gazetteer has no code for (a country, a scenic spot): the articles naming it.
                    long named = ExplorerStore.count(c, new Sql("SELECT COUNT(DISTINCT article_id) FROM "
                            + store.table("entities") + " WHERE type = 'PLACE' AND text = ?", codeOrName));
                    if (named == 0) {
                        return null;
                    }
                    Map<String, Object> out = new LinkedHashMap<>();
                    out.put("code", null);
                    out.put("name", codeOrName);
                    out.put("level", null);
                    out.put("parent", null);
                    out.put("parentCode", null);
                    out.put("articles", named);
                    out.put("children", List.of());
                    return out;
                }
                target = found.get(0).get("code").toString();
            }
            int next = target.length() < 4 ? 4 : target.length() < 6 ? 6 : 9;
            List<Map<String, Object>> rows = ExplorerStore.rows(c, new Sql("SELECT " + code + " AS code, e.text, "
                    + d.jsonText("e.normalized", "name") + " AS name, " + d.jsonText("e.normalized", "level") + " AS level, "
                    + d.jsonText("e.normalized", "parent") + " AS parent, " + d.jsonText("e.normalized", "parentCode")
                    + " AS parent_code, e.article_id FROM " + store.table("entities")
                    + " e WHERE e.type = 'PLACE' AND " + code + " LIKE ?", target + "%"));
            if (rows.isEmpty()) {
                return null;
            }
            Map<String, Set<String>> byChild = new TreeMap<>();
            Map<String, Map<String, Object>> named = new LinkedHashMap<>();
            Set<String> all = new java.util.HashSet<>();
            for (Map<String, Object> r : rows) {
                String rc = r.get("code").toString();
                named.putIfAbsent(rc, r);
                all.add(r.get("article_id").toString());
                if (rc.length() >= next) {
                    byChild.computeIfAbsent(rc.substring(0, next), k -> new java.util.HashSet<>()).add(r.get("article_id").toString());
                }
            }
            List<Map<String, Object>> children = new ArrayList<>();
            byChild.forEach((child, articles) -> children.add(new LinkedHashMap<>(Map.of("code", child,
                    "name", nameOf(named.get(child), child), "articles", articles.size()))));
            children.sort((a, b) -> Integer.compare((int) b.get("articles"), (int) a.get("articles")));
            Map<String, Object> self = named.get(target);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("code", target);
            out.put("name", nameOf(self, target));
            out.put("level", self == null ? null : self.get("level"));
            out.put("parent", self == null ? null : self.get("parent"));
            out.put("parentCode", self == null ? null : self.get("parent_code"));
            out.put("articles", all.size());
            out.put("children", children);
            return out;
        });
    }

    private static String nameOf(Map<String, Object> row, String fallback) {
        return row == null ? fallback : String.valueOf(row.get("name") != null ? row.get("name") : row.get("text"));
    }

    /** Indicator subjects containing {@code text}, most frequent first. */
    List<Map<String, Object>> subjects(String text, int limit) throws SQLException {
        Sql sql = new Sql("SELECT subject, COUNT(*) AS count FROM " + store.table("indicators")).and("subject IS NOT NULL");
        if (!text.isBlank()) {
            sql.and("subject LIKE ? ESCAPE '\\'", Sql.contains(text.strip()));
        }
        sql.add(" GROUP BY subject ORDER BY count DESC, subject LIMIT ?", limit);
        return store.with(c -> ExplorerStore.rows(c, sql));
    }

    /** Every stated value of a subject, in the order the articles arrived. */
    List<Map<String, Object>> indicators(String subject) throws SQLException {
        return store.with(c -> {
            List<Map<String, Object>> rows = ExplorerStore.rows(c, new Sql("SELECT i.article_id, a.title, a.received_at, "
                    + "i.text, i.subject, i.value, i.unit, i.normalized_value, i.normalized_unit, i.kind, i.approx FROM "
                    + store.table("indicators") + " i JOIN " + store.table("articles") + " a ON a.id = i.article_id "
                    + "WHERE i.subject = ? ORDER BY a.received_at, i.article_id, i.idx LIMIT " + MAX_ROWS, subject));
            rows.replaceAll(ArticleQueries::camel);
            rows.forEach(r -> r.put("approx", ArticleQueries.truthy(r.get("approx"))));
            return rows;
        });
    }

    /** What the store holds: articles, duplicates by method, entity rows, indicators, related links. */
    Map<String, Object> counts() throws SQLException {
        return store.with(c -> {
            Map<String, Object> out = new LinkedHashMap<>();
            for (String t : List.of("articles", "duplicates", "entities", "indicators", "related")) {
                out.put(t, ExplorerStore.count(c, new Sql("SELECT COUNT(*) FROM " + store.table(t))));
            }
            Map<String, Object> methods = new LinkedHashMap<>();
            for (Map<String, Object> r : ExplorerStore.rows(c, new Sql("SELECT method, COUNT(*) AS n FROM "
                    + store.table("duplicates") + " GROUP BY method ORDER BY method"))) {
                methods.put(String.valueOf(r.get("method")), r.get("n"));
            }
            out.put("duplicatesByMethod", methods);
            return out;
        });
    }

    /** The latest articles by the sink's write time: {@code id, title, source, receivedAt, updatedAt}. */
    List<Map<String, Object>> latest(int limit) throws SQLException {
        return store.with(c -> {
            List<Map<String, Object>> rows = ExplorerStore.rows(c, new Sql("SELECT id, title, source, received_at, updated_at FROM "
                    + store.table("articles") + " ORDER BY updated_at DESC, id DESC LIMIT ?", limit));
            rows.replaceAll(ArticleQueries::camel);
            return rows;
        });
    }

    private static void checkType(String type) {
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type is one of " + TYPES + ", not " + type);
        }
    }

    private static String checkDay(String day) {
        if (!DAY.matcher(day).matches()) {
            throw new IllegalArgumentException("a day is YYYY-MM-DD, not " + day);
        }
        return day;
    }
}
