package io.newspipe.runtime;

import io.newspipe.explore.PipelineView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The explorer's view of the pipeline {@code run} holds: health, the counters of {@code /metrics}, consumer lag (the
 * cached gauges' suppliers), and the dead-letter topic's latest records ({@link DeadLetterReader}). Thread-safe.
 */
final class RunningPipelineView implements PipelineView {
    private final PipelineRuntime runtime;
    private final PipelineMetrics metrics;
    private final Map<String, Supplier<Double>> lag;

    RunningPipelineView(PipelineRuntime runtime, PipelineMetrics metrics, Map<String, Supplier<Double>> lag) {
        this.runtime = runtime;
        this.metrics = metrics;
        this.lag = lag;
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("running", true);
        out.put("deadLetters", true);
        out.put("health", runtime.health());
        out.put("counts", metrics.counts());
        Map<String, Object> behind = new LinkedHashMap<>();
        lag.forEach((name, value) -> {
            Double v = value.get();
            behind.put(name, v == null || v.isNaN() ? null : v.longValue());
        });
        out.put("lag", behind);
        return out;
    }

    @Override
    public List<Map<String, Object>> deadLetters(int max) {
        return DeadLetterReader.latest(runtime.bootstrapServers(), max);
    }
}
