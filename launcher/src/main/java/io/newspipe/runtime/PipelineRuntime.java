package io.newspipe.runtime;

import io.newspipe.ingest.PageProducer;
import io.newspipe.ingest.SentLedger;
import io.newspipe.model.PageLimits;
import io.newspipe.streams.EnrichTopology;
import io.newspipe.streams.StageMetrics;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.enrich.ArticleEnricher;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Everything {@code replay} and {@code run} need, started in order (broker, topics, streams app, Connect worker with
 * the sink) and stopped in reverse. Not thread-safe: one owner.
 */
public final class PipelineRuntime implements AutoCloseable {
    private final PipelineOptions options;
    private EmbeddedKafka kafka;
    private Admin admin;
    private KafkaStreams streams;
    private EmbeddedConnect connect;
    private String bootstrap;
    private String clusterId;

    private HealthMonitor monitor;
    private final CompletableFuture<String> streamsDied = new CompletableFuture<>();
    private Supplier<Map<String, Health.Part>> extraHealth = Map::of;
    private final Map<String, String> sinkOverrides;
    private final StageMetrics metrics;

    public PipelineRuntime(PipelineOptions options) {
        this(options, Map.of(), StageMetrics.NONE);
    }

    /**
     * @param sinkOverrides connector settings that replace the defaults (retries, batch size …)
     * @param metrics       where the streams app reports stage times and outcomes
     */
    public PipelineRuntime(PipelineOptions options, Map<String, String> sinkOverrides, StageMetrics metrics) {
        this.options = options;
        this.sinkOverrides = Map.copyOf(sinkOverrides);
        this.metrics = metrics;
    }

    public PipelineRuntime start() throws Exception {
        Files.createDirectories(options.stateDir());
        // The enricher loads HanLP's dictionaries and the NER model (~1.5 s): meanwhile the broker starts.
        CompletableFuture<ArticleEnricher> enricher = CompletableFuture.supplyAsync(ArticleEnricher::new);
        if (options.embedded()) {
            kafka = new EmbeddedKafka(options.stateDir().resolve("kafka"), options.limits()).start();
            bootstrap = kafka.bootstrapServers();
        } else {
            bootstrap = options.bootstrapServers();
        }
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
        clusterId = admin.describeCluster().clusterId().get();
        TopicSetup.ensure(admin, options.partitions(), options.replication(), options.limits());
        if (options.embedded()) {
            // A kill just after a commit was decided can leave it without its markers: the streams app would wait on
            // "unstable offsets" for ever. Only here, where this process owns the broker (see the class).
            HangingTransactions.endAll(admin, Duration.ofSeconds(30));
        }
        RetiredTopics.retire(admin, new DeliveryTracker(admin, bootstrap), options.timeout());

        // Static membership: a restart after a crash takes its partitions back at once instead of waiting out the
        // dead member's session (45 s). The id is this state dir's, kept across runs.
        String instance = InstanceId.of(options.stateDir());
        Properties config = EnrichTopology.streamsConfig(bootstrap, options.stateDir().resolve("streams"),
                options.replication(), options.limits(), options.streamThreads());
        config.put(StreamsConfig.consumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), "newspipe-enrich-" + instance);
        streams = new KafkaStreams(EnrichTopology.topology(enricher.join(), options.partitions(),
                NearDuplicates.DEFAULTS.withRetention(options.dedupRetention()), metrics), config);
        streams.setStateListener((now, before) -> {
            if (now == KafkaStreams.State.ERROR) {
                streamsDied.complete("the streams app stopped on an error (" + before + " → ERROR); see the log");
            }
        });
        streams.start();

        // The Connect worker starts while the streams app rebalances and restores its stores.
        Map<String, String> connector = new java.util.HashMap<>(
                EmbeddedConnect.connectorConfig(options.effectiveJdbcUrl(), options.embedded() ? 1 : -1));
        connector.putAll(sinkOverrides);
        Map<String, String> worker = new java.util.HashMap<>(EmbeddedConnect.workerConfig(bootstrap, options.stateDir(),
                options.limits()));
        worker.put("consumer." + ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "newspipe-sink-" + instance);
        connect = new EmbeddedConnect().start(worker, connector);
        DeliveryTracker.awaitUntil(() -> streams.state() == KafkaStreams.State.RUNNING, options.timeout(),
                "the streams app to start");
        monitor = new HealthMonitor(admin, streams, connect, extraHealth).start();
        return this;
    }

    public String bootstrapServers() {
        return bootstrap;
    }

    public Admin admin() {
        return admin;
    }

    /** A tracker whose waits end at once, with the reason, if the streams app dies meanwhile. */
    public DeliveryTracker tracker() {
        return new DeliveryTracker(admin, bootstrap, this::checkHealthy);
    }

    /** A producer whose ledger belongs to this cluster: a new cluster starts with an empty ledger. */
    public PageProducer producer(Charset forcedCharset) {
        return producer(options.stateDir(), bootstrap, clusterId, forcedCharset, options.limits());
    }

    /** A producer whose ledger is that of {@code clusterId} under {@code stateDir}. */
    public static PageProducer producer(Path stateDir, String bootstrap, String clusterId, Charset forcedCharset,
                                        PageLimits limits) {
        Path ledger = stateDir.resolve("producer").resolve("sent-" + clusterId + ".ledger");
        return new PageProducer(Map.of("bootstrap.servers", bootstrap), new SentLedger(ledger), forcedCharset,
                Clock.systemUTC(), limits);
    }

    /** The consumer group of this store's sink connector. */
    public String sinkGroup() {
        return connect.groupId();
    }

    public String sinkStatus() {
        return connect.status();
    }

    /** Parts beyond the broker, streams and sink whose health {@link #health()} reports; set before start. */
    public PipelineRuntime withHealthOf(Supplier<Map<String, Health.Part>> parts) {
        this.extraHealth = parts;
        return this;
    }

    /** The latest health snapshot (refreshed every second on a thread of its own): never blocks. */
    public Health health() {
        return monitor == null ? Health.of(Map.of("pipeline", new Health.Part(Health.Status.DOWN, "not started")))
                : monitor.latest();
    }

    /** Completes with the reason if the streams app dies. */
    public CompletableFuture<String> streamsDied() {
        return streamsDied;
    }

    /** The sink's retries and store state, as its task reports them. */
    public SinkHealth.StoreState sinkStore() {
        return monitor.store();
    }

    /** Fails fast when the streams app died instead of waiting for a timeout. */
    public void checkHealthy() {
        KafkaStreams.State s = streams.state();
        if (s == KafkaStreams.State.ERROR || s == KafkaStreams.State.NOT_RUNNING || s == KafkaStreams.State.PENDING_ERROR) {
            throw new IllegalStateException("the streams app stopped: " + s);
        }
    }

    @Override
    public void close() {
        if (monitor != null) {
            monitor.close();
        }
        if (connect != null) {
            connect.close();
        }
        if (streams != null) {
            // Leave the group: otherwise the next start waits out the session timeout (45 s) for this member.
            streams.close(CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
                    .withTimeout(Duration.ofSeconds(30)));
        }
        if (admin != null) {
            admin.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }
}
