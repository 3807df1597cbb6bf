package io.newspipe.sink;

import org.apache.kafka.common.metrics.Gauge;
import org.apache.kafka.common.metrics.PluginMetrics;

import java.util.LinkedHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The task's own metrics, registered with the worker through {@code context.pluginMetrics()} (KIP-877): the worker
 * publishes them with its own (JMX {@code kafka.connect:type=plugins,connector=…,task=…}). {@code store-available}
 * is 0 while the store cannot be reached, {@code store-error} says why, {@code store-retries-total} counts retried
 * batches and {@code records-errant-total} records the store refused. Thread-safe.
 */
final class SinkTaskMetrics {
    static final String RETRIES = "store-retries-total";
    static final String AVAILABLE = "store-available";
    static final String ERROR = "store-error";
    static final String ERRANT = "records-errant-total";
    private final AtomicLong retries = new AtomicLong();
    private final AtomicLong errant = new AtomicLong();
    private volatile String error;

    /** @param plugin the worker's metrics for this task; null (a test context) records only locally */
    SinkTaskMetrics(PluginMetrics plugin) {
        if (plugin != null) {
            plugin.addMetric(plugin.metricName(RETRIES, "batches retried after a transient store error", new LinkedHashMap<>()),
                    (Gauge<Long>) (config, now) -> retries.get());
            plugin.addMetric(plugin.metricName(ERRANT, "records the store refused, sent to the errant-record reporter",
                    new LinkedHashMap<>()), (Gauge<Long>) (config, now) -> errant.get());
            plugin.addMetric(plugin.metricName(AVAILABLE, "1 when the last write reached the store, 0 while it cannot",
                    new LinkedHashMap<>()), (Gauge<Integer>) (config, now) -> error == null ? 1 : 0);
            plugin.addMetric(plugin.metricName(ERROR, "why the store is unavailable; empty when it is",
                    new LinkedHashMap<>()), (Gauge<String>) (config, now) -> error == null ? "" : error);
        }
    }

    void retried(String why) {
        retries.incrementAndGet();
        error = why;
    }

    void written() {
        error = null;
    }

    void errant() {
        errant.incrementAndGet();
    }

    long retries() {
        return retries.get();
    }

    long errantRecords() {
        return errant.get();
    }

    /** Why the store is unavailable, or null when the last write reached it. */
    String error() {
        return error;
    }
}
