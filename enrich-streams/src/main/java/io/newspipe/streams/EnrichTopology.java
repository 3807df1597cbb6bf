package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.PageLimits;
import io.newspipe.model.Topic;
import io.newspipe.model.Topics;
import io.newspipe.streams.TopologyNames.Repartition;
import io.newspipe.streams.TopologyNames.Store;
import io.newspipe.streams.near.NearDuplicateStage;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.enrich.ArticleEnricher;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * The enrich-streams application: {@code articles.raw} → repair → split → dedup → enrich → {@code articles.enriched},
 * with {@code articles.duplicates} and {@code articles.dlq} beside it. Exactly-once (v2): a page's articles, its
 * duplicates and its dead letters are committed together with the input offset, or not at all.
 */
public final class EnrichTopology {
    private static final Serde<Outcome> OUTCOME = WireArticles.outcomes();

    private EnrichTopology() {
    }

    /** Adds the pipeline to {@code builder}; {@code partitions} sizes the app's repartition topics. */
    public static void build(StreamsBuilder builder, ArticleEnricher enricher, int partitions, NearDuplicates near,
                             StageMetrics metrics) {
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Store.SEEN_PAGES.storeName()),
                Serdes.String(), Serdes.Long()));
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(Store.FINGERPRINTS.storeName()),
                Serdes.String(), Serdes.String()));

        KStream<String, byte[]> raw = builder.stream(Topics.RAW.name(),
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("raw-source"));

        KStream<String, Outcome> pages = routeFailures(
                raw.processValues(() -> new RepairProcessor(near.retention(), metrics), Named.as(RepairProcessor.STAGE),
                        Store.SEEN_PAGES.storeName()),
                RepairProcessor.STAGE, metrics);
        KStream<String, Outcome> articles = routeFailures(
                pages.process(() -> new SplitProcessor(metrics), Named.as(SplitProcessor.STAGE)), SplitProcessor.STAGE,
                metrics);
        KStream<String, Outcome> canonical = routeFailures(
                articles.repartition(Repartitioned.with(Serdes.String(), OUTCOME)
                                .withName(Repartition.BY_FINGERPRINT.operatorName()).withNumberOfPartitions(partitions))
                        .process(() -> new DedupProcessor(near.retention(), metrics), Named.as(DedupProcessor.STAGE),
                                Store.FINGERPRINTS.storeName()),
                DedupProcessor.STAGE, metrics);
        KStream<String, Outcome> distinct = routeFailures(
                NearDuplicateStage.build(builder, canonical, near, partitions, metrics), NearDuplicateStage.STAGE, metrics);
        KStream<String, Article> enriched = routeFailures(
                distinct.processValues(() -> new EnrichProcessor(enricher, metrics), Named.as(EnrichProcessor.STAGE)),
                EnrichProcessor.STAGE, metrics)
                .mapValues(Outcome::article, Named.as("enriched-article"))
                .peek((k, v) -> metrics.outcome("enriched", null), Named.as("enriched-count"));
        enriched.to(Topics.ENRICHED.name(), produced(Topics.ENRICHED, "enriched-sink"));
        EntitiesDaily.build(enriched);
    }

    /** Sends dead letters and duplicates to their topics; returns the records that go on to the next stage. */
    private static KStream<String, Outcome> routeFailures(KStream<String, Outcome> stage, String name,
                                                          StageMetrics metrics) {
        Map<String, KStream<String, Outcome>> branches = stage.split(Named.as(name + "-"))
                .branch((k, v) -> v.dead() != null, Branched.withConsumer(s -> s
                        .peek((k, v) -> metrics.outcome("dead", v.dead().stage()), Named.as(name + "-dead-count"))
                        .mapValues(Outcome::dead, Named.as(name + "-dead-letter"))
                        .to(Topics.DLQ.name(), produced(Topics.DLQ, name + "-dlq-sink")), "dlq"))
                .branch((k, v) -> v.retraction() != null, Branched.withConsumer(s -> {
                    s.peek((k, v) -> metrics.outcome("duplicate", "near-retraction"), Named.as(name + "-retraction-count"))
                            .mapValues(Outcome::retraction, Named.as(name + "-retraction"))
                            .to(Topics.DUPLICATES.name(), produced(Topics.DUPLICATES, name + "-retraction-sink"));
                    s.mapValues(v -> (Article) null, Named.as(name + "-tombstone"))
                            .to(Topics.ENRICHED.name(), produced(Topics.ENRICHED, name + "-tombstone-sink"));
                }, "retract"))
                .branch((k, v) -> v.correction() != null, Branched.withConsumer(s -> s
                        .mapValues(Outcome::correction, Named.as(name + "-correction"))
                        .to(Topics.DUPLICATES.name(), produced(Topics.DUPLICATES, name + "-correction-sink")), "fix"))
                .branch((k, v) -> v.duplicate() != null, Branched.withConsumer(s -> s
                        .peek((k, v) -> metrics.outcome("duplicate", v.duplicate().method()), Named.as(name + "-dup-count"))
                        .mapValues(Outcome::duplicate, Named.as(name + "-duplicate"))
                        .to(Topics.DUPLICATES.name(), produced(Topics.DUPLICATES, name + "-duplicates-sink")), "dup"))
                .defaultBranch(Branched.as("ok"));
        return branches.get(name + "-ok");
    }

    static <V> Produced<String, V> produced(Topic<String, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }

    public static Topology topology(ArticleEnricher enricher, int partitions, NearDuplicates near, StageMetrics metrics) {
        StreamsBuilder builder = new StreamsBuilder();
        build(builder, enricher, partitions, near, metrics);
        return builder.build();
    }

    /**
     * Exactly-once v2; {@code replication} is 1 on a single embedded broker, -1 (broker default) on a cluster. Every
     * topic the app creates takes records of the page limit's size, and every error handler dead-letters.
     */
    public static Properties streamsConfig(String bootstrapServers, Path stateDir, int replication, PageLimits limits,
                                           int threads) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, TopologyNames.APPLICATION_ID);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replication);
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        // Under exactly-once a record crosses each repartition topic only when the transaction that wrote it commits:
        // five hops, each up to one interval. `bench/run.sh latency 300 PT0.5S PT0.2S 5` (a continuous feed of 5
        // pages/s): 200 ms gave p50 1.73 s and 1.8–2.0 s as the slowest of every 10 pages once warm; 100 ms gave
        // p50 1.29 s and 1.2–1.7 s. A replay pays for the extra commits: two alternating pairs of 1,000-page replays,
        // 143 vs 150 and 128 vs 140 articles/s (100 vs 200 ms), though pipeline/enricher read 0.57 vs 0.50 and
        // 0.53 vs 0.53 in the same runs: a few percent, about the machine's noise.
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
        p.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
        // With transactions v2 a produce that meets CONCURRENT_TRANSACTIONS (the last commit's markers still being
        // written) fails every request in flight behind it as an out-of-order sequence: one at a time avoids that.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), 1);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), limits.maxRecordBytes());
        // lz4, not zstd: the stream thread compresses every record it writes (articles, repartition records,
        // changelogs). Three alternating 1,000-page replays: e2e 29.8/25.4/33.1 s with lz4 vs 45.6/30.0/36.1 s with
        // zstd. The ingest producer keeps zstd: pages are compressed once, at the edge, where bytes cost most.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "lz4");
        p.put(StreamsConfig.topicPrefix(TopicConfig.MAX_MESSAGE_BYTES_CONFIG), limits.maxRecordBytes());
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Processing.class);
        p.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Deserialization.class);
        p.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandlers.Production.class);
        // The 5.0 default now; the app has no global stores, so this only opts in early.
        p.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        return p;
    }

    /**
     * Runs the app alone against a cluster: {@code EnrichTopology <bootstrap> <state-dir>}. Exits 1 when the app dies
     * (state ERROR), 0 when stopped (SIGTERM).
     */
    public static void main(String[] args) throws InterruptedException {
        String bootstrap = args.length > 0 ? args[0] : System.getenv().getOrDefault("BOOTSTRAP_SERVERS", "localhost:9092");
        Path stateDir = Path.of(args.length > 1 ? args[1] : System.getenv().getOrDefault("STATE_DIR", "/tmp/newspipe-streams"));
        int replication = Integer.parseInt(System.getenv().getOrDefault("REPLICATION_FACTOR", "-1"));
        int threads = Integer.parseInt(System.getenv().getOrDefault("STREAM_THREADS", "1"));
        KafkaStreams streams = new KafkaStreams(topology(new ArticleEnricher(), Topics.DEFAULT_PARTITIONS, NearDuplicates.DEFAULTS,
                StageMetrics.NONE), streamsConfig(bootstrap, stateDir, replication, PageLimits.DEFAULTS, threads));
        StreamsExit exit = new StreamsExit();
        streams.setStateListener(exit);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> close(streams)));
        streams.start();
        int code = exit.await();
        if (code != 0) {
            close(streams);
            System.exit(code);
        }
    }

    /** Leaves the group: otherwise the next start waits out the session timeout for this member. */
    private static void close(KafkaStreams streams) {
        streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                .withTimeout(Duration.ofSeconds(30)));
    }
}
