package io.newspipe.runtime;

import io.newspipe.ingest.PageFileSender;
import io.newspipe.ingest.PageProducer;
import io.newspipe.model.Topics;
import io.newspipe.streams.TopologyNames;
import org.apache.kafka.common.TopicPartition;

import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * {@code pipeline replay}: sends files through a running pipeline and waits until every output has reached the store,
 * then reports. The same code serves the tests. Not thread-safe.
 */
public final class Replay {
    /** What one replay did: pages and this run's outputs, then the store's totals. */
    public record Summary(int pagesSent, int pagesAlreadySeen, List<String> pagesRejected, long enriched,
                          long duplicates, long deadLetters, Map<String, Long> store) {
        public void print(PrintStream out) {
            out.printf("pages: %d sent, %d already seen (skipped), %d rejected%n", pagesSent, pagesAlreadySeen,
                    pagesRejected.size());
            pagesRejected.forEach(r -> out.println("  rejected: " + r));
            out.printf("this run: %d articles enriched, %d duplicates, %d dead letters%n", enriched, duplicates, deadLetters);
            out.printf("store: %d articles, %d entities, %d indicators, %d duplicates%n", store.get("articles"),
                    store.get("entities"), store.get("indicators"), store.get("duplicates"));
        }
    }

    private final PipelineRuntime runtime;
    private final PipelineOptions options;

    public Replay(PipelineRuntime runtime, PipelineOptions options) {
        this.runtime = runtime;
        this.options = options;
    }

    /** @param progress told after each file; may be null */
    public Summary run(List<Path> paths, Charset charset, PageFileSender.Progress progress) throws Exception {
        DeliveryTracker tracker = runtime.tracker();
        Map<TopicPartition, Long> enrichedBefore = tracker.endOffsets(Topics.ENRICHED.name());
        Map<TopicPartition, Long> duplicatesBefore = tracker.endOffsets(Topics.DUPLICATES.name());
        Map<TopicPartition, Long> dlqBefore = tracker.endOffsets(Topics.DLQ.name());

        PageFileSender.Report report;
        try (PageProducer producer = runtime.producer(charset)) {
            report = new PageFileSender(producer).send(paths, progress);
        }
        // 1. The streams app has consumed and committed every raw page, then every article it re-keyed for dedup
        //    (that topic's end is final once the raw offsets are committed: both were in one transaction).
        tracker.awaitCommitted(TopologyNames.APPLICATION_ID, tracker.endOffsets(Topics.RAW.name()), options.timeout(),
                "the streams app to split every page");
        for (List<String> stage : TopologyNames.repartitionWaves()) {
            Map<TopicPartition, Long> ends = new java.util.HashMap<>();
            for (String topic : stage) {
                ends.putAll(tracker.stableEndOffsets(topic, options.timeout()));
            }
            tracker.awaitCommitted(TopologyNames.APPLICATION_ID, ends, options.timeout(),
                    "the streams app to consume " + String.join(", ", stage));
        }
        runtime.checkHealthy();
        // An article retracted as a late near copy was counted once published, and is a duplicate now.
        long[] published = tracker.written(Topics.ENRICHED.name(), enrichedBefore, options.timeout());
        long enriched = published[0] - published[1];
        long duplicates = tracker.distinctKeysSince(Topics.DUPLICATES.name(), duplicatesBefore, options.timeout());
        long dead = tracker.writtenSince(Topics.DLQ.name(), dlqBefore, options.timeout());
        // 2. The sink has committed past the last record of its topics: this run's, and, for a store it has not
        //    written before, everything earlier runs left there.
        Map<TopicPartition, Long> target = new java.util.HashMap<>(
                tracker.nextAfterLastRecord(Topics.ENRICHED.name(), options.timeout()));
        target.putAll(tracker.nextAfterLastRecord(Topics.DUPLICATES.name(), options.timeout()));
        tracker.awaitCommitted(runtime.sinkGroup(), target, options.timeout(),
                "the sink to write every article (sink " + runtime.sinkStatus() + ")");
        return new Summary(report.sent(), report.alreadySeen(), report.rejected(), enriched, duplicates, dead,
                StoreCounts.once(options.effectiveJdbcUrl()));
    }
}
