package io.newspipe.sink;

import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.metrics.Metrics;
import org.apache.kafka.common.metrics.PluginMetrics;
import org.apache.kafka.common.metrics.internals.PluginMetricsImpl;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTaskContext;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** A SinkTaskContext that records what the task asked of the worker: timeouts and errant records. */
final class RecordingContext implements SinkTaskContext {
    final List<Long> timeouts = new ArrayList<>();
    final List<SinkRecord> errant = new ArrayList<>();
    final List<Throwable> errors = new ArrayList<>();
    private final boolean withReporter;

    RecordingContext(boolean withReporter) {
        this.withReporter = withReporter;
    }

    @Override
    public Map<String, String> configs() {
        return Map.of();
    }

    @Override
    public void offset(Map<TopicPartition, Long> offsets) {
    }

    @Override
    public void offset(TopicPartition tp, long offset) {
    }

    @Override
    public void timeout(long timeoutMs) {
        timeouts.add(timeoutMs);
    }

    @Override
    public Set<TopicPartition> assignment() {
        return Set.of();
    }

    @Override
    public void pause(TopicPartition... partitions) {
    }

    @Override
    public void resume(TopicPartition... partitions) {
    }

    @Override
    public void requestCommit() {
    }

    /** Real plugin metrics over a registry of the test's own, as the worker would give. */
    final Metrics metrics = new Metrics();

    @Override
    public PluginMetrics pluginMetrics() {
        return new PluginMetricsImpl(metrics, Map.of("connector", "test", "task", "0"));
    }

    /** The value of one of the task's plugin metrics. */
    Object metric(String name) {
        return metrics.metrics().entrySet().stream().filter(e -> e.getKey().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no metric " + name)).getValue().metricValue();
    }

    @Override
    public ErrantRecordReporter errantRecordReporter() {
        if (!withReporter) {
            return null;
        }
        return (record, error) -> {
            errant.add(record);
            errors.add(error);
            return CompletableFuture.completedFuture(null);
        };
    }
}
