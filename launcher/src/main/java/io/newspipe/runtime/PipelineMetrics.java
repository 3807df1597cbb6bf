package io.newspipe.runtime;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newspipe.ingest.PageProducer;
import io.newspipe.ingest.PageSender;
import io.newspipe.streams.StageMetrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The pipeline's metrics, served as Prometheus text on {@code GET /metrics}: pages and bytes in (by input), rejected
 * pages, articles out, duplicates, dead letters, stage latencies, consumer lag and rows in the store. Thread-safe.
 */
public final class PipelineMetrics implements StageMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Timer> stages = new ConcurrentHashMap<>();

    public String scrape() {
        return registry.scrape();
    }

    /** Counts what goes through {@code sender}, labelled with the input it serves (inbox, http, stdin, file). */
    public PageSender metered(PageSender sender, String input) {
        Counter in = Counter.builder("newspipe.pages.in").tag("input", input).description("pages received").register(registry);
        Counter bytes = Counter.builder("newspipe.input").tag("input", input).baseUnit("bytes").register(registry);
        Counter seen = Counter.builder("newspipe.pages.already.seen").tag("input", input).register(registry);
        Counter rejected = Counter.builder("newspipe.pages.rejected").tag("input", input)
                .description("pages that could not be decoded or were over the limit").register(registry);
        return new PageSender() {
            @Override
            public PageProducer.Outcome send(String source, byte[] data) {
                PageProducer.Outcome o = sender.send(source, data);
                in.increment();
                bytes.increment(data.length);
                switch (o.kind()) {
                    case SEEN -> seen.increment();
                    case REJECTED -> rejected.increment();
                    case SENT -> { }
                }
                return o;
            }

            @Override
            public PageProducer.Outcome rejectOversize(String source, long size) {
                PageProducer.Outcome o = sender.rejectOversize(source, size);
                in.increment();
                rejected.increment();
                return o;
            }

            @Override
            public int maxPageBytes() {
                return sender.maxPageBytes();
            }
        };
    }

    @Override
    public void stage(String stage, long nanos) {
        stages.computeIfAbsent(stage, s -> Timer.builder("newspipe.stage").tag("stage", s)
                .description("time per record in a stream stage").register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void outcome(String kind, String detail) {
        switch (kind) {
            case "enriched" -> registry.counter("newspipe.articles.out").increment();
            case "duplicate" -> registry.counter("newspipe.duplicates", "method", detail).increment();
            case "redelivered" -> registry.counter("newspipe.pages.redelivered").increment();
            default -> registry.counter("newspipe.dead.letters", "stage", String.valueOf(detail)).increment();
        }
    }

    /**
     * The counters as the explorer's pipeline page shows them (the same numbers as {@code /metrics}): pages in,
     * already seen and rejected, pages the producer sent again after a crash (dropped as redelivered), articles out,
     * duplicates by method, dead letters by stage.
     */
    public Map<String, Object> counts() {
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("pagesIn", sum("newspipe.pages.in"));
        out.put("pagesAlreadySeen", sum("newspipe.pages.already.seen"));
        out.put("pagesRejected", sum("newspipe.pages.rejected"));
        out.put("pagesRedelivered", sum("newspipe.pages.redelivered"));
        out.put("articlesEnriched", sum("newspipe.articles.out"));
        out.put("duplicates", byTag("newspipe.duplicates", "method"));
        out.put("deadLetters", byTag("newspipe.dead.letters", "stage"));
        return out;
    }

    private long sum(String name) {
        return (long) registry.find(name).counters().stream().mapToDouble(Counter::count).sum();
    }

    private Map<String, Long> byTag(String name, String tag) {
        Map<String, Long> out = new java.util.TreeMap<>();
        for (Counter c : registry.find(name).counters()) {
            out.merge(String.valueOf(c.getId().getTag(tag)), (long) c.count(), Long::sum);
        }
        return out;
    }

    /** A gauge read through a cache: scrapes must not hammer the broker or the database. */
    public void gauge(String name, Map<String, String> tags, Supplier<Double> value) {
        Supplier<Double> cached = cached(value);
        // Micrometer holds gauge objects weakly by default; this one exists only for the gauge.
        Gauge.Builder<Supplier<Double>> b = Gauge.builder(name, cached, c -> {
            Double v = c.get();
            return v == null ? Double.NaN : v;
        }).strongReference(true);
        tags.forEach(b::tag);
        b.register(registry);
    }

    /**
     * {@code source} read at most once every two seconds; null while its last read failed. Several gauges may share
     * one (the row counts of all tables come from one round of queries).
     */
    public static <T> Supplier<T> cached(Supplier<T> source) {
        return new Supplier<>() {
            private T value;
            private long at;

            @Override
            public synchronized T get() {
                long now = System.currentTimeMillis();
                if (now - at > 2_000) {
                    try {
                        value = source.get();
                    } catch (RuntimeException e) {
                        value = null;
                    }
                    at = now;
                }
                return value;
            }
        };
    }
}
