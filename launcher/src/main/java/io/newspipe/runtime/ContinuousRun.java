package io.newspipe.runtime;

import io.newspipe.explore.Explorer;
import io.newspipe.explore.ExplorerStore;
import io.newspipe.ingest.HttpReplies;
import io.newspipe.ingest.InboxWatcher;
import io.newspipe.ingest.PageProducer;
import io.newspipe.ingest.PageUploadHandler;
import io.newspipe.model.Topics;
import io.newspipe.streams.TopologyNames;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * {@code pipeline run}: the pipeline plus its continuous inputs, a watched inbox and an HTTP endpoint, the metrics and
 * the health. An input that dies, or a streams app that does, is fatal: {@link #fatal()} completes with the reason so
 * that the process exits non-zero instead of idling. Start, then close (Ctrl-C does it through a shutdown hook).
 * Not thread-safe: one owner.
 */
public final class ContinuousRun implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ContinuousRun.class);

    /** The inputs' settings. {@code httpPort} -1 turns HTTP off; 0 picks a free port. */
    public record Inputs(Path inbox, String glob, Duration minAge, Duration poll, String httpBind, int httpPort,
                         String token, Charset charset) {
    }

    private final PipelineOptions options;
    private final Inputs inputs;
    private final PipelineMetrics metrics = new PipelineMetrics();
    private final CompletableFuture<String> fatal = new CompletableFuture<>();
    private PipelineRuntime runtime;
    private PageProducer producer;
    private InboxWatcher watcher;
    private Thread inboxThread;
    private WebServer http;
    private StoreCounts storeCounts;
    private Explorer explorer;

    public ContinuousRun(PipelineOptions options, Inputs inputs) {
        this.options = options;
        this.inputs = inputs;
    }

    public ContinuousRun start() throws Exception {
        runtime = new PipelineRuntime(options, Map.of(), metrics).withHealthOf(this::inputHealth).start();
        producer = runtime.producer(inputs.charset());
        Files.createDirectories(inputs.inbox());
        watcher = new InboxWatcher(inputs.inbox(), inputs.glob(), inputs.minAge(), inputs.poll(),
                metrics.metered(producer, "inbox"), Clock.systemUTC());
        inboxThread = new Thread(() -> {
            try {
                watcher.run();
            } catch (Throwable t) {
                fatal.complete("the inbox watcher died: " + t);
                throw t;
            }
        }, "inbox-watcher");
        inboxThread.setDaemon(true);
        inboxThread.start();
        if (inputs.httpPort() >= 0) {
            http = new WebServer(new InetSocketAddress(inputs.httpBind(), inputs.httpPort()))
                    .route("/articles", new PageUploadHandler(metrics.metered(producer, "http"), inputs.token()))
                    .route("/health", WebServer.only("GET", (request, response, callback) -> {
                        Health h = runtime.health();
                        HttpReplies.json(response, callback, h.httpStatus(), h);
                        return true;
                    }))
                    .route("/metrics", WebServer.only("GET", (request, response, callback) -> {
                        HttpReplies.text(response, callback, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape());
                        return true;
                    }));
        }
        Map<String, Supplier<Double>> lag = registerGauges();
        if (http != null) {
            // The explorer over the store this run writes, on the same address and with the same token.
            explorer = new Explorer(new ExplorerStore(options.effectiveJdbcUrl(), ""),
                    new RunningPipelineView(runtime, metrics, lag), inputs.token(), Duration.ofSeconds(1));
            explorer.mount(http::route);
            http.start();
        }
        runtime.streamsDied().thenAccept(fatal::complete);
        return this;
    }

    /** Completes with the reason when the pipeline cannot go on: an input or the streams app died. */
    public CompletableFuture<String> fatal() {
        return fatal;
    }

    private Map<String, Health.Part> inputHealth() {
        Map<String, Health.Part> parts = new LinkedHashMap<>();
        if (inboxThread != null) {
            InboxWatcher.State s = watcher.state();
            Instant stale = Instant.now().minus(inputs.poll().multipliedBy(10).plusSeconds(30));
            parts.put("inbox", !inboxThread.isAlive() ? new Health.Part(Health.Status.DOWN, "the inbox watcher stopped")
                    : s.problem() != null ? new Health.Part(Health.Status.DEGRADED, s.problem())
                    : s.lastScan() != null && s.lastScan().isBefore(stale)
                    ? new Health.Part(Health.Status.DEGRADED, "no inbox scan since " + s.lastScan())
                    : Health.Part.up());
        }
        if (http != null) {
            parts.put("http", Health.Part.up());
        }
        return parts;
    }

    /** Registers the gauges; returns the two lag readings (cached), by the topic they are behind on. */
    private Map<String, Supplier<Double>> registerGauges() {
        DeliveryTracker tracker = runtime.tracker();
        Supplier<Double> rawLag = PipelineMetrics.cached(() -> lag(tracker, TopologyNames.APPLICATION_ID, Topics.RAW.name(), false));
        Supplier<Double> enrichedLag = PipelineMetrics.cached(() -> lag(tracker, runtime.sinkGroup(), Topics.ENRICHED.name(), true));
        metrics.gauge("newspipe.consumer.lag", Map.of("group", TopologyNames.APPLICATION_ID, "topic", Topics.RAW.name()), rawLag);
        metrics.gauge("newspipe.consumer.lag", Map.of("group", runtime.sinkGroup(), "topic", Topics.ENRICHED.name()), enrichedLag);
        metrics.gauge("newspipe.sink.retries", Map.of(), () -> (double) runtime.sinkStore().retries());
        metrics.gauge("newspipe.sink.errant.records", Map.of(), () -> (double) runtime.sinkStore().errant());
        metrics.gauge("newspipe.health", Map.of(), () -> (double) runtime.health().status().ordinal());
        // One round of counts serves the four table gauges.
        storeCounts = new StoreCounts(options.effectiveJdbcUrl());
        Supplier<Map<String, Long>> counts = PipelineMetrics.cached(() -> {
            try {
                return storeCounts.read();
            } catch (Exception e) {
                return null;
            }
        });
        for (String table : StoreCounts.TABLES) {
            metrics.gauge("newspipe.sink.rows", Map.of("table", table), () -> {
                Map<String, Long> c = counts.get();
                return c == null ? Double.NaN : (double) c.get(table);
            });
        }
        Map<String, Supplier<Double>> lag = new LinkedHashMap<>();
        lag.put(Topics.RAW.name(), rawLag);
        lag.put(Topics.ENRICHED.name(), enrichedLag);
        return lag;
    }

    /**
     * Records behind: what {@code group} has not yet committed of {@code topic}. On a topic written in transactions
     * the end offset also counts commit markers, which a consumer never commits past: there the target is the offset
     * after the last record.
     */
    private double lag(DeliveryTracker tracker, String group, String topic, boolean transactional) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    runtime.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get(5, TimeUnit.SECONDS);
            Map<TopicPartition, Long> ends = transactional ? tracker.nextAfterLastRecord(topic, Duration.ofSeconds(5))
                    : tracker.endOffsets(topic);
            long lag = 0;
            for (var e : ends.entrySet()) {
                OffsetAndMetadata c = committed.get(e.getKey());
                lag += Math.max(0, e.getValue() - (c == null ? 0 : c.offset()));
            }
            return lag;
        } catch (Exception e) {
            return Double.NaN;
        }
    }

    public Path inbox() {
        return inputs.inbox();
    }

    /** The HTTP endpoint's address, or null when HTTP is off. */
    public InetSocketAddress httpAddress() {
        return http == null ? null : http.address();
    }

    public PipelineMetrics metrics() {
        return metrics;
    }

    public PipelineRuntime runtime() {
        return runtime;
    }

    /**
     * Stops the inputs (the file and the requests in hand finish, with their ledger entries), then the producer, the
     * sink, the streams app and the broker, in that order.
     */
    @Override
    public void close() {
        if (explorer != null) {
            // First: it ends the live feed's open responses, which the web server would otherwise wait for.
            explorer.close();
        }
        if (http != null) {
            http.close();
        }
        if (watcher != null) {
            watcher.stop();
            try {
                inboxThread.join(15_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (inboxThread.isAlive()) {
                log.warn("the inbox watcher did not finish its file within 15 s");
                inboxThread.interrupt();
            }
        }
        if (producer != null) {
            producer.close();
        }
        if (storeCounts != null) {
            storeCounts.close();
        }
        if (runtime != null) {
            runtime.close();
        }
    }
}
