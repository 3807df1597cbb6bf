package io.newspipe.runtime;

import io.newspipe.ingest.InboxWatcher;
import io.newspipe.ingest.IngestHttpServer;
import io.newspipe.ingest.PageProducer;
import io.newspipe.ingest.PageSender;
import io.newspipe.model.Topics;
import io.newspipe.streams.TopologyNames;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code pipeline run}: the pipeline plus its continuous inputs, a watched inbox and an HTTP endpoint, and the
 * metrics. Start, then close (Ctrl-C does it through a shutdown hook). Not thread-safe: one owner.
 */
public final class ContinuousRun implements AutoCloseable {
    /** The inputs' settings. {@code httpPort} -1 turns HTTP off; 0 picks a free port. */
    public record Inputs(Path inbox, String glob, Duration minAge, Duration poll, String httpBind, int httpPort,
                         long maxBodyBytes, String token, Charset charset) {
    }

    private final PipelineOptions options;
    private final Inputs inputs;
    private final PipelineMetrics metrics = new PipelineMetrics();
    private PipelineRuntime runtime;
    private PageProducer producer;
    private Thread inboxThread;
    private IngestHttpServer http;
    private StoreCounts storeCounts;

    public ContinuousRun(PipelineOptions options, Inputs inputs) {
        this.options = options;
        this.inputs = inputs;
    }

    public ContinuousRun start() throws Exception {
        runtime = new PipelineRuntime(options, Map.of(), metrics).start();
        producer = runtime.producer(inputs.charset());
        // One producer and one ledger behind both inputs: sends are serialised here.
        Object lock = new Object();
        PageSender shared = (source, data) -> {
            synchronized (lock) {
                return producer.send(source, data);
            }
        };
        Files.createDirectories(inputs.inbox());
        InboxWatcher watcher = new InboxWatcher(inputs.inbox(), inputs.glob(), inputs.minAge(), inputs.poll(),
                metrics.metered(shared, "inbox"), Clock.systemUTC());
        inboxThread = new Thread(watcher, "inbox-watcher");
        inboxThread.setDaemon(true);
        inboxThread.start();
        if (inputs.httpPort() >= 0) {
            http = new IngestHttpServer(new InetSocketAddress(inputs.httpBind(), inputs.httpPort()),
                    metrics.metered(shared, "http"), inputs.maxBodyBytes(), inputs.token(), metrics::scrape,
                    () -> runtime.health().status() != Health.Status.DOWN).start();
        }
        registerGauges();
        return this;
    }

    private void registerGauges() {
        DeliveryTracker tracker = runtime.tracker();
        metrics.gauge("newspipe.consumer.lag", Map.of("group", TopologyNames.APPLICATION_ID, "topic", Topics.RAW.name()),
                () -> lag(tracker, TopologyNames.APPLICATION_ID, List.of(Topics.RAW.name())));
        metrics.gauge("newspipe.consumer.lag", Map.of("group", runtime.sinkGroup(), "topic", Topics.ENRICHED.name()),
                () -> lag(tracker, runtime.sinkGroup(), List.of(Topics.ENRICHED.name())));
        // One round of counts serves the four table gauges.
        storeCounts = new StoreCounts(options.effectiveJdbcUrl());
        java.util.function.Supplier<Map<String, Long>> counts = PipelineMetrics.cached(() -> {
            try {
                return storeCounts.read();
            } catch (Exception e) {
                return null;
            }
        });
        for (String table : List.of("articles", "entities", "indicators", "duplicates")) {
            metrics.gauge("newspipe.sink.rows", Map.of("table", table), () -> {
                Map<String, Long> c = counts.get();
                return c == null ? Double.NaN : (double) c.get(table);
            });
        }
    }

    /** Records behind: end offset minus committed offset, summed over the topics' partitions (markers included). */
    private double lag(DeliveryTracker tracker, String group, List<String> topics) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed =
                    runtime.admin().listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
            long lag = 0;
            for (String t : topics) {
                for (var e : tracker.endOffsets(t).entrySet()) {
                    OffsetAndMetadata c = committed.get(e.getKey());
                    lag += Math.max(0, e.getValue() - (c == null ? 0 : c.offset()));
                }
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

    @Override
    public void close() throws InterruptedException {
        if (http != null) {
            http.close();
        }
        if (inboxThread != null) {
            inboxThread.interrupt();
            inboxThread.join(10_000);
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
