package io.newspipe.model;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;

import java.util.List;

/** The pipeline's public topics. Names are part of the contract with consumers; see the README. */
public final class Topics {
    public static final int DEFAULT_PARTITIONS = 3;
    private static final Serde<String> KEY = Serdes.String();

    /** One record per page; key = stable source id. */
    public static final Topic<String, RawPage> RAW =
            new Topic<>("articles.raw", KEY, new JsonSerde<>(RawPage.class), DEFAULT_PARTITIONS);
    /** One record per canonical article; key = article id. */
    public static final Topic<String, Article> ENRICHED =
            new Topic<>("articles.enriched", KEY, new JsonSerde<>(Article.class), DEFAULT_PARTITIONS);
    /** One record per dropped duplicate; key = the dropped id. */
    public static final Topic<String, DuplicateRecord> DUPLICATES =
            new Topic<>("articles.duplicates", KEY, new JsonSerde<>(DuplicateRecord.class), DEFAULT_PARTITIONS);
    /** Bad input with its reason; key = the original key. */
    public static final Topic<String, DeadLetter> DLQ =
            new Topic<>("articles.dlq", KEY, new JsonSerde<>(DeadLetter.class), DEFAULT_PARTITIONS);

    /** Per-day mention counts per entity (a windowed aggregation); key = {@code day|type|text}. */
    public static final Topic<String, EntityDaily> ENTITIES_DAILY =
            new Topic<>("entities.daily", KEY, new JsonSerde<>(EntityDaily.class), DEFAULT_PARTITIONS);

    private Topics() {
    }

    public static List<Topic<String, ?>> all() {
        return List.of(RAW, ENRICHED, DUPLICATES, DLQ, ENTITIES_DAILY);
    }

    /** Finds a public topic by name, e.g. for {@code pipeline tail}; null when the name is not one of ours. */
    public static Topic<String, ?> byName(String name) {
        return all().stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
    }
}
