package io.newspipe.sink;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.Entity;
import io.newspipe.model.Indicator;
import io.newspipe.model.Json;
import io.newspipe.model.Metrics;
import io.newspipe.model.Topics;
import org.apache.kafka.connect.sink.SinkRecord;

import java.time.Instant;
import java.util.List;

/** Enriched articles and their sink records, for the sink's tests. */
final class TestArticles {
    private TestArticles() {
    }

    static Article article(String id, String body) {
        return Article.split(id, "page", "seed.txt", 1, "天心区网格治理", null, List.of("张福芳"), List.of(body), List.of(),
                        List.of(), true, "hash-" + id, Instant.parse("2026-11-25T10:00:00Z"))
                .withEnrichment(List.of(new Entity(Entity.EntityType.PLACE, "天心区", 1, List.of(0), null),
                                new Entity(Entity.EntityType.PERSON, "张福芳", 1, List.of(5), null)),
                        List.of(new Indicator("90.11%", "满意度", 90.11, "%", new Indicator.Normalized(0.9011, "ratio"),
                                "percent", false)),
                        List.of(), new Metrics(body.length(), body.length(), 1, 1, 0.1, 2, 1, List.of("网格"), body));
    }

    static SinkRecord record(Article a, long offset) {
        return new SinkRecord(Topics.ENRICHED.name(), 0, null, a.id(), null, Json.writeString(a), offset);
    }

    static SinkRecord duplicate(String id, String of, long offset) {
        return new SinkRecord(Topics.DUPLICATES.name(), 0, null, id, null,
                Json.writeString(new DuplicateRecord(id, of, 1.0, "exact", "page2", null)), offset);
    }
}
