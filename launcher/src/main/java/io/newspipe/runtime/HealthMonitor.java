package io.newspipe.runtime;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Looks at the pipeline's parts once a second, on a thread of its own, and keeps the latest {@link Health}: readers
 * get that snapshot at once, however stuck a part is. It also restarts a failed sink task, with a backoff that
 * doubles from 1 s to 60 s while it keeps failing. Thread-safe.
 */
final class HealthMonitor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(HealthMonitor.class);
    private static final long MAX_RESTART_BACKOFF_MS = 60_000;
    private final Admin admin;
    private final KafkaStreams streams;
    private final EmbeddedConnect connect;
    private final SinkHealth sink;
    private final Supplier<Map<String, Health.Part>> extra;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "pipeline-health");
        t.setDaemon(true);
        return t;
    });
    private volatile Health latest = Health.of(Map.of("pipeline", new Health.Part(Health.Status.DOWN, "starting")));
    private long restartBackoffMs = 1_000;
    private long nextRestartAt;

    /** @param extra more parts to report (the inputs of {@code run}), read on the monitor's thread */
    HealthMonitor(Admin admin, KafkaStreams streams, EmbeddedConnect connect, Supplier<Map<String, Health.Part>> extra) {
        this.admin = admin;
        this.streams = streams;
        this.connect = connect;
        this.sink = new SinkHealth(connect.connectorName());
        this.extra = extra;
    }

    HealthMonitor start() {
        check();
        thread.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    Health latest() {
        return latest;
    }

    SinkHealth.StoreState store() {
        return sink.read();
    }

    private void check() {
        try {
            Map<String, Health.Part> parts = new LinkedHashMap<>();
            parts.put("broker", broker());
            parts.put("streams", streams());
            parts.put("sink", sink());
            parts.putAll(extra.get());
            latest = Health.of(parts);
        } catch (RuntimeException e) {
            latest = Health.of(Map.of("pipeline", new Health.Part(Health.Status.DOWN, "health check failed: " + e)));
        }
    }

    private Health.Part broker() {
        try {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs(1_000)).nodes().get(1_500, TimeUnit.MILLISECONDS);
            return Health.Part.up();
        } catch (Exception e) {
            return new Health.Part(Health.Status.DOWN, "the broker does not answer");
        }
    }

    private Health.Part streams() {
        KafkaStreams.State s = streams.state();
        return switch (s) {
            case RUNNING -> Health.Part.up();
            case REBALANCING, CREATED -> new Health.Part(Health.Status.DEGRADED, "streams app " + s);
            default -> new Health.Part(Health.Status.DOWN, "streams app " + s);
        };
    }

    private Health.Part sink() {
        String status = connect.status();
        if (status.contains("FAILED")) {
            long now = System.currentTimeMillis();
            if (now >= nextRestartAt) {
                String why = connect.restartFailedTasks();
                log.warn("the sink task failed ({}); restarted, next restart no sooner than in {} s", why,
                        restartBackoffMs / 1000);
                nextRestartAt = now + restartBackoffMs;
                restartBackoffMs = Math.min(MAX_RESTART_BACKOFF_MS, restartBackoffMs * 2);
            }
            return new Health.Part(Health.Status.DEGRADED, "sink task failed, restarting: "
                    + status.lines().findFirst().orElse(status));
        }
        if (!status.startsWith("RUNNING/RUNNING")) {
            String state = status.lines().findFirst().orElse(status);
            return new Health.Part(Health.Status.DEGRADED, state.contains("/") ? "sink " + state : "sink task starting");
        }
        restartBackoffMs = 1_000;
        SinkHealth.StoreState store = sink.read();
        return store.available() ? Health.Part.up()
                : new Health.Part(Health.Status.DEGRADED, "store unreachable, retrying: " + store.error());
    }

    @Override
    public void close() {
        thread.shutdownNow();
        try {
            thread.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
