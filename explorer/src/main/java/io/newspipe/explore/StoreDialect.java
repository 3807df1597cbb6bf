package io.newspipe.explore;

import io.newspipe.sink.CjkBigrams;

import java.util.List;

/**
 * What the explorer's queries say differently on SQLite and PostgreSQL: the day of a timestamp, a field of a JSON
 * column, membership in a JSON array, and full-text search (an FTS5 trigram table on SQLite, a tsvector of CJK bigrams
 * on PostgreSQL; see the sink). Stateless.
 */
enum StoreDialect {
    SQLITE {
        @Override
        String day(String column) {
            return "substr(" + column + ", 1, 10)";
        }

        @Override
        String jsonText(String column, String field) {
            return "json_extract(" + column + ", '$." + field + "')";
        }

        @Override
        String authorsOf(String alias) {
            return "json_each(" + alias + ".authors) j";
        }

        @Override
        String authorValue() {
            return "j.value";
        }

        @Override
        boolean indexes(String term) {
            // The trigram tokenizer finds substrings of three characters or more; shorter ones are scanned for.
            return term.codePointCount(0, term.length()) >= 3;
        }

        @Override
        void fullText(Sql from, Sql where, String p, List<String> terms) {
            StringBuilder match = new StringBuilder();
            for (String t : terms) {
                // Each term as a quoted phrase: FTS5 syntax in the user's text is then just text.
                match.append(match.length() == 0 ? "" : " ").append('"').append(t.replace("\"", "\"\"")).append('"');
            }
            from.add(" JOIN (SELECT rowid AS fts_row, bm25(" + p + "articles_fts) AS fts_rank FROM " + p
                    + "articles_fts WHERE " + p + "articles_fts MATCH ?) f ON f.fts_row = a.rowid", match.toString());
        }

        @Override
        String rank() {
            return "-f.fts_rank";
        }

        @Override
        String realType() {
            return "REAL";
        }

        @Override
        Object beforeAnyTime() {
            return "";
        }

        @Override
        String metadataName(String table) {
            return table;
        }

        @Override
        List<String> sessionSetup() {
            // Reads through a memory map and a bigger page cache; the table of hits in memory.
            return List.of("PRAGMA mmap_size = 268435456", "PRAGMA cache_size = -65536", "PRAGMA temp_store = MEMORY");
        }
    },
    POSTGRES {
        @Override
        String day(String column) {
            return "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD')";
        }

        @Override
        String jsonText(String column, String field) {
            return column + "->>'" + field + "'";
        }

        @Override
        String authorsOf(String alias) {
            return "jsonb_array_elements_text(" + alias + ".authors) j";
        }

        @Override
        String authorValue() {
            return "j";
        }

        @Override
        boolean indexes(String term) {
            // The search vector holds bigrams of CJK runs: a single CJK character is not a token of it.
            String tokens = CjkBigrams.of(term);
            return !tokens.isEmpty() && !(term.codePointCount(0, term.length()) == 1 && Character.isIdeographic(term.codePointAt(0)));
        }

        @Override
        void fullText(Sql from, Sql where, String p, List<String> terms) {
            StringBuilder q = new StringBuilder();
            for (String t : terms) {
                // phraseto_tsquery takes plain text: no tsquery syntax reaches the parser.
                q.append(q.length() == 0 ? "" : " && ").append("phraseto_tsquery('simple', ?)");
            }
            from.add(", (SELECT " + q + " AS q) f", terms.stream().map(CjkBigrams::of).toArray());
            where.and("a.search @@ f.q");
        }

        @Override
        String rank() {
            return "ts_rank(a.search, f.q)";
        }

        @Override
        String realType() {
            return "DOUBLE PRECISION";
        }

        @Override
        Object beforeAnyTime() {
            return new java.sql.Timestamp(0);
        }

        @Override
        String metadataName(String table) {
            // Unquoted names are folded to lower case.
            return table.toLowerCase(java.util.Locale.ROOT);
        }
    };

    static StoreDialect of(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRES;
        }
        throw new IllegalArgumentException("the explorer reads jdbc:sqlite: and jdbc:postgresql: stores, not " + jdbcUrl);
    }

    /** The UTC day ({@code YYYY-MM-DD}) of a timestamp column. */
    abstract String day(String column);

    /** A top-level field of a JSON column, as text. */
    abstract String jsonText(String column, String field);

    /** A FROM item that yields one row per author of the article {@code alias}. */
    abstract String authorsOf(String alias);

    /** The author's name in the rows of {@link #authorsOf}. */
    abstract String authorValue();

    /** Whether the full-text index can find {@code term}; other terms are looked for with LIKE. */
    abstract boolean indexes(String term);

    /** Joins the full-text match of all {@code terms} (each a phrase) to {@code articles a}, as {@code f}. */
    abstract void fullText(Sql from, Sql where, String p, List<String> terms);

    /** The relevance of a full-text match: higher is better. */
    abstract String rank();

    /** The type of a floating-point column. */
    abstract String realType();

    /** A value of a timestamp column (as the driver binds it) that every stored time is after. */
    abstract Object beforeAnyTime();

    /** A table's name as the database's metadata spells it. */
    abstract String metadataName(String table);

    /** Statements run once on each new connection of the explorer (read settings). */
    List<String> sessionSetup() {
        return List.of();
    }
}
