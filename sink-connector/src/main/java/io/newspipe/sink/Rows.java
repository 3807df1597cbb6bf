package io.newspipe.sink;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.Entity;
import io.newspipe.model.Indicator;
import io.newspipe.model.Json;
import io.newspipe.model.RelatedArticle;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static io.newspipe.sink.Column.Type.BOOL;
import static io.newspipe.sink.Column.Type.INT;
import static io.newspipe.sink.Column.Type.JSON;
import static io.newspipe.sink.Column.Type.REAL;
import static io.newspipe.sink.Column.Type.TEXT;
import static io.newspipe.sink.Column.Type.TIME;

/**
 * The rows the sink writes, as columns and values: the mapping from the record model to the tables, shared by every
 * dialect. Column order here is the order of the values. Stateless.
 */
final class Rows {
    static final List<Column> ARTICLE = List.of(new Column("id", TEXT), new Column("source_id", TEXT),
            new Column("source", TEXT), new Column("ordinal", INT), new Column("title", TEXT), new Column("subtitle", TEXT),
            new Column("authors", JSON), new Column("body", TEXT), new Column("paragraphs", JSON),
            new Column("subheadings", JSON), new Column("captions", JSON), new Column("complete", BOOL),
            new Column("content_hash", TEXT), new Column("received_at", TIME), new Column("dates", JSON),
            new Column("metrics", JSON), new Column("cjk_chars", INT), new Column("updated_at", TIME));
    static final List<Column> ENTITY = List.of(new Column("article_id", TEXT), new Column("type", TEXT),
            new Column("text", TEXT), new Column("mentions", INT), new Column("offsets", JSON),
            new Column("normalized", JSON));
    static final List<Column> INDICATOR = List.of(new Column("article_id", TEXT), new Column("idx", INT),
            new Column("text", TEXT), new Column("subject", TEXT), new Column("value", REAL), new Column("unit", TEXT),
            new Column("normalized_value", REAL), new Column("normalized_unit", TEXT), new Column("kind", TEXT),
            new Column("approx", BOOL));
    static final List<Column> DUPLICATE = List.of(new Column("id", TEXT), new Column("duplicate_of", TEXT),
            new Column("similarity", REAL), new Column("method", TEXT), new Column("source_id", TEXT),
            new Column("title", TEXT));

    static final List<Column> RELATED = List.of(new Column("article_id", TEXT), new Column("related_id", TEXT),
            new Column("similarity", REAL));

    private Rows() {
    }

    static List<Object> article(Article a, Instant now) {
        return Arrays.asList(a.id(), a.sourceId(), a.source(), a.ordinal(), a.title(), a.subtitle(),
                Json.writeString(a.authors()), a.body(), Json.writeString(a.paragraphs()),
                Json.writeString(a.subheadings()), Json.writeString(a.captions()), a.complete(), a.contentHash(),
                a.receivedAt(), Json.writeString(a.dates()), a.metrics() == null ? null : Json.writeString(a.metrics()),
                a.metrics() == null ? null : a.metrics().cjkChars(), now);
    }

    static List<Object> entity(String articleId, Entity e) {
        return Arrays.asList(articleId, e.type().name(), e.text(), e.mentions(), Json.writeString(e.offsets()),
                e.normalized() == null ? null : Json.writeString(e.normalized()));
    }

    static List<Object> indicator(String articleId, int idx, Indicator in) {
        return Arrays.asList(articleId, idx, in.text(), in.subject(), in.value(), in.unit(),
                in.normalized() == null ? in.value() : in.normalized().value(),
                in.normalized() == null ? null : in.normalized().unit(), in.kind(), in.approx());
    }

    static List<Object> related(String articleId, RelatedArticle r) {
        return Arrays.asList(articleId, r.id(), r.similarity());
    }

    static List<Object> duplicate(DuplicateRecord d) {
        return Arrays.asList(d.id(), d.duplicateOf(), d.similarity(), d.method(), d.sourceId(), d.title());
    }
}
