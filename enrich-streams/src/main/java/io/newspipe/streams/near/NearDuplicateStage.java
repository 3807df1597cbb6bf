package io.newspipe.streams.near;

import io.newspipe.model.JsonSerde;
import io.newspipe.streams.Outcome;
import io.newspipe.streams.StageMetrics;
import io.newspipe.streams.TopologyNames.Repartition;
import io.newspipe.streams.TopologyNames.Store;
import io.newspipe.streams.WireArticles;
import io.newspipe.text.dedup.NearDuplicates;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Utils;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;

/**
 * The near-duplicate stage, partition-safe: probes fan out by LSH band key, each band's processor answers per article,
 * and the verdicts come back to the partition the article never left (its home: where the exact stage put it, by
 * content), where the resolver decides. The article itself does not cross a topic to meet its verdicts: the resolver
 * runs in the exact stage's task. This class is the package's one entry point; the processors and their state types
 * stay inside.
 */
public final class NearDuplicateStage {
    /** The stage name dead letters and metrics report for the resolver. */
    public static final String STAGE = NearResolveProcessor.STAGE;
    private static final JsonSerde<NearMessages.Probe> PROBE = new JsonSerde<>(NearMessages.Probe.class);
    private static final JsonSerde<NearMessages.Message> MESSAGE = new JsonSerde<>(NearMessages.Message.class);
    private static final PendingSerde PENDING = new PendingSerde();

    private NearDuplicateStage() {
    }

    /**
     * The partition of the band topic that holds {@code bandKey}'s bucket: the producer's own choice for a record
     * keyed by it (murmur2 of the UTF-8 key), so that the buckets written before probes were grouped stay where they
     * are. A grouped probe is keyed by its first band key, and every band key it names has this same partition.
     */
    static int partitionOf(String bandKey, int partitions) {
        return Utils.toPositive(Utils.murmur2(bandKey.getBytes(StandardCharsets.UTF_8))) % partitions;
    }

    /**
     * The partition of the verdict topic a verdict goes to: its article's home, or, for an article indexed before
     * verdicts went home, where its id hashes to (where that version's resolver kept the article's state).
     */
    static int verdictPartition(String articleId, NearMessages.Verdict v, int partitions) {
        return v.home() >= 0 && v.home() < partitions ? v.home() : partitionOf(articleId, partitions);
    }

    /**
     * Adds the stage's stores and processors; returns the articles that are no near copy and the near verdicts.
     * {@code canonical} must be the stream the exact stage forwards, in the task of its input partition.
     */
    public static KStream<String, Outcome> build(StreamsBuilder builder, KStream<String, Outcome> canonical,
                                                 NearDuplicates near, int partitions, StageMetrics metrics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Store.NEAR_BUCKETS.storeName()),
                Serdes.String(), Serdes.ByteArray()).withCachingEnabled());
        // Cached: an article's state is read and written once per band verdict; the cache writes it through once
        // per commit, not sixteen times.
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Store.NEAR_PENDING.storeName()),
                Serdes.String(), PENDING).withCachingEnabled());
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Store.NEAR_HELD.storeName()),
                Serdes.String(), WireArticles.articles()).withCachingEnabled());
        KStream<String, NearMessages.Message> verdicts = canonical
                .process(() -> new NearProbeProcessor(near, partitions, metrics), Named.as(NearProbeProcessor.STAGE))
                .repartition(Repartitioned.with(Serdes.String(), PROBE).withName(Repartition.NEAR_BANDS.operatorName())
                        .withNumberOfPartitions(partitions)
                        .withStreamPartitioner((topic, key, value, n) -> Optional.of(Set.of(partitionOf(key, n)))))
                .process(() -> new NearBandProcessor(near, metrics), Named.as(NearBandProcessor.STAGE),
                        Store.NEAR_BUCKETS.storeName())
                .mapValues(v -> new NearMessages.Message(null, v), Named.as("near-verdict-message"))
                .repartition(Repartitioned.with(Serdes.String(), MESSAGE).withName(Repartition.NEAR_VERDICTS.operatorName())
                        .withNumberOfPartitions(partitions)
                        .withStreamPartitioner((topic, key, value, n) ->
                                Optional.of(Set.of(verdictPartition(key, value.verdict(), n)))));
        return canonical
                .mapValues(o -> new NearMessages.Message(o.article(), null), Named.as("near-article-message"))
                .merge(verdicts, Named.as("near-merge"))
                .process(() -> new NearResolveProcessor(near.bands(), near.retention(), metrics), Named.as(NearResolveProcessor.STAGE),
                        Store.NEAR_PENDING.storeName(), Store.NEAR_HELD.storeName());
    }
}
