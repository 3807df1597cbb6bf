package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.Entity;
import io.newspipe.model.EntityDaily;
import io.newspipe.model.JsonSerde;
import io.newspipe.model.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.TimeWindows;
import org.apache.kafka.streams.kstream.Windowed;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code entities.daily}: per UTC day (of the record timestamp: when the page was sent) and per entity, mentions and
 * articles, as a one-day tumbling window. Pages may arrive up to a day late and still count for their day; each update
 * carries the day's running totals.
 */
final class EntitiesDaily {
    private static final JsonSerde<EntityDaily> SERDE = new JsonSerde<>(EntityDaily.class);

    private EntitiesDaily() {
    }

    static void build(KStream<String, Article> enriched) {
        enriched.flatMap((id, a) -> {
                    List<KeyValue<String, EntityDaily>> out = new ArrayList<>();
                    for (Entity e : a.entities()) {
                        out.add(KeyValue.pair(e.type() + "|" + e.text(),
                                new EntityDaily(null, e.type().name(), e.text(), e.mentions(), 1)));
                    }
                    return out;
                }, Named.as("entity-mentions"))
                .groupByKey(Grouped.with(TopologyNames.Repartition.ENTITY_MENTIONS.operatorName(), Serdes.String(), SERDE))
                .windowedBy(TimeWindows.ofSizeAndGrace(Duration.ofDays(1), Duration.ofDays(1)))
                .reduce((total, one) -> total.plus(one.mentions()), Named.as("entities-daily-sum"),
                        Materialized.<String, EntityDaily, org.apache.kafka.streams.state.WindowStore<org.apache.kafka.common.utils.Bytes, byte[]>>as(TopologyNames.Store.ENTITIES_DAILY.storeName())
                                .withKeySerde(Serdes.String()).withValueSerde(SERDE))
                .toStream(Named.as("entities-daily-updates"))
                .map((Windowed<String> w, EntityDaily v) -> {
                    String day = Instant.ofEpochMilli(w.window().start()).atZone(ZoneOffset.UTC).toLocalDate().toString();
                    return KeyValue.pair(day + "|" + w.key(), new EntityDaily(day, v.type(), v.text(), v.mentions(), v.articles()));
                }, Named.as("entities-daily-keyed"))
                .to(Topics.ENTITIES_DAILY.name(), EnrichTopology.produced(Topics.ENTITIES_DAILY, "entities-daily-sink"));
    }
}
