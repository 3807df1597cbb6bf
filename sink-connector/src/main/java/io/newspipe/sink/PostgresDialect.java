package io.newspipe.sink;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

/** PostgreSQL: JSONB for nested fields; indexes for the common queries. */
public final class PostgresDialect implements Dialect {
    @Override
    public String name() {
        return "postgresql";
    }

    /** Multi-row INSERTs from JDBC batches: one round trip per batch instead of one per row. */
    @Override
    public java.util.Map<String, String> connectionProperties() {
        return java.util.Map.of("reWriteBatchedInserts", "true");
    }

    @Override
    public String placeholder(Column.Type type) {
        return type == Column.Type.JSON ? "CAST(? AS JSONB)" : "?";
    }

    /**
     * PostgreSQL cannot hold U+0000 in text, nor its escape in JSONB: it is removed, in text values and in JSON
     * escapes alike. It is the only character the sink changes, on PostgreSQL only.
     */
    @Override
    public void bind(PreparedStatement s, int index, Column.Type type, Object value) throws SQLException {
        if (value instanceof String text && (type == Column.Type.TEXT || type == Column.Type.JSON)) {
            value = withoutNul(text);
        }
        Dialect.super.bind(s, index, type, value);
    }

    static String withoutNul(String text) {
        String s = text.indexOf('\u0000') >= 0 ? text.replace("\u0000", "") : text;
        return s.contains("\\u0000") ? NUL_ESCAPE.matcher(s).replaceAll("$1") : s;
    }

    /** The JSON escape of U+0000, preceded by an even number of backslashes (an odd number would escape its own). */
    private static final Pattern NUL_ESCAPE = Pattern.compile("(?<!\\\\)((?:\\\\\\\\)*)\\\\u0000");

    @Override
    public void bindTime(PreparedStatement s, int index, Instant value) throws SQLException {
        s.setTimestamp(index, Timestamp.from(value));
    }

    @Override
    public SearchIndex searchIndex(String prefix) {
        return new PostgresSearchColumn();
    }

    @Override
    public List<List<String>> migrations(String p) {
        return List.of(Schema.v1(p, "JSONB", "BOOLEAN", "DOUBLE PRECISION", "TIMESTAMPTZ"),
                List.of("ALTER TABLE " + p + "articles ADD COLUMN IF NOT EXISTS search tsvector",
                        "CREATE INDEX IF NOT EXISTS " + p + "articles_search_idx ON " + p + "articles USING GIN (search)"),
                List.of("CREATE OR REPLACE VIEW " + p + "entities_daily AS SELECT to_char(a.received_at AT TIME ZONE 'UTC', "
                        + "'YYYY-MM-DD') AS day, e.type, e.text, SUM(e.mentions) AS mentions, COUNT(*) AS articles FROM "
                        + p + "entities e JOIN " + p + "articles a ON a.id = e.article_id GROUP BY 1, 2, 3"),
                Schema.v4(p, "DOUBLE PRECISION"));
    }
}
