package io.newspipe.sink;

import java.util.List;

/** Version 1 of the store layout, shared by the dialects with their column types filled in. */
final class Schema {
    private Schema() {
    }

    static List<String> v1(String p, String json, String bool, String real, String time) {
        return List.of(
                "CREATE TABLE IF NOT EXISTS " + p + "articles (id VARCHAR(64) PRIMARY KEY, source_id VARCHAR(64) NOT NULL, "
                        + "source TEXT, ordinal INTEGER, title TEXT, subtitle TEXT, authors " + json + ", body TEXT NOT NULL, "
                        + "paragraphs " + json + ", subheadings " + json + ", captions " + json + ", complete " + bool + ", "
                        + "content_hash VARCHAR(32), received_at " + time + ", dates " + json + ", metrics " + json + ", "
                        + "cjk_chars INTEGER, updated_at " + time + ")",
                "CREATE INDEX IF NOT EXISTS " + p + "articles_source_idx ON " + p + "articles (source_id)",
                "CREATE INDEX IF NOT EXISTS " + p + "articles_received_idx ON " + p + "articles (received_at)",
                "CREATE TABLE IF NOT EXISTS " + p + "entities (article_id VARCHAR(64) NOT NULL, type VARCHAR(16) NOT NULL, "
                        + "text TEXT NOT NULL, mentions INTEGER NOT NULL, offsets " + json + ", normalized " + json + ", "
                        + "PRIMARY KEY (article_id, type, text))",
                "CREATE INDEX IF NOT EXISTS " + p + "entities_text_idx ON " + p + "entities (type, text)",
                "CREATE TABLE IF NOT EXISTS " + p + "indicators (article_id VARCHAR(64) NOT NULL, idx INTEGER NOT NULL, "
                        + "text TEXT NOT NULL, subject TEXT, value " + real + ", unit TEXT, normalized_value " + real + ", "
                        + "normalized_unit TEXT, kind VARCHAR(16), approx " + bool + ", PRIMARY KEY (article_id, idx))",
                "CREATE INDEX IF NOT EXISTS " + p + "indicators_subject_idx ON " + p + "indicators (subject)",
                "CREATE TABLE IF NOT EXISTS " + p + "duplicates (id VARCHAR(64) PRIMARY KEY, duplicate_of VARCHAR(64) NOT NULL, "
                        + "similarity " + real + ", method VARCHAR(16), source_id VARCHAR(64), title TEXT)");
    }

    /** Version 4: links between articles that share part of their text (never duplicates of each other). */
    static List<String> v4(String p, String real) {
        return List.of("CREATE TABLE IF NOT EXISTS " + p + "related (article_id VARCHAR(64) NOT NULL, related_id VARCHAR(64) "
                        + "NOT NULL, similarity " + real + ", PRIMARY KEY (article_id, related_id))",
                "CREATE INDEX IF NOT EXISTS " + p + "related_other_idx ON " + p + "related (related_id)");
    }
}
