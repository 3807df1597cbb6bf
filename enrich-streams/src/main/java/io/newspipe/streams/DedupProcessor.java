package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;

/**
 * Stage 3: exact deduplication. Input is keyed by body fingerprint, so every copy of a body reaches this partition;
 * the earliest copy by (time, id) is canonical, the others are forwarded as duplicates. A copy that comes first by
 * (time, id) but reaches this partition after a later one was let through (the page partitions ran at their own
 * pace, or a crash had a page processed again) becomes canonical and goes on too: the near-duplicate stage sees the
 * two as identical and drops or retracts the later one, as it does for any copy that came first. So which copy is
 * kept does not depend on the order of arrival. Output is re-keyed by article id. Fingerprints are forgotten after
 * the retention.
 */
final class DedupProcessor implements Processor<String, Outcome, String, Outcome> {
    static final String STAGE = "dedup";
    private final long retentionMillis;
    private final StageMetrics metrics;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, String> canonical;

    DedupProcessor(Duration retention, StageMetrics metrics) {
        this.retentionMillis = retention.toMillis();
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.canonical = context.getStateStore(TopologyNames.Store.FINGERPRINTS.storeName());
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME,
                now -> Retention.sweep(canonical, now - retentionMillis, DedupProcessor::timeOf));
    }

    /** Values are {@code <time>:<canonical id>}: the time lets old fingerprints expire. */
    static long timeOf(String value) {
        return Long.parseLong(value.substring(0, value.indexOf(':')));
    }

    @Override
    public void process(Record<String, Outcome> record) {
        long t0 = System.nanoTime();
        Article a = record.value().article();
        Record<String, Outcome> out;
        try {
            String stored = canonical.get(record.key());
            if (stored == null || timeOf(stored) < record.timestamp() - retentionMillis) {
                canonical.put(record.key(), record.timestamp() + ":" + a.id());
                out = record.withKey(a.id());
            } else {
                String first = stored.substring(stored.indexOf(':') + 1);
                long firstTime = timeOf(stored);
                if (!first.equals(a.id()) && (record.timestamp() < firstTime
                        || record.timestamp() == firstTime && a.id().compareTo(first) < 0)) {
                    canonical.put(record.key(), record.timestamp() + ":" + a.id());
                    out = record.withKey(a.id());
                } else {
                    String method = first.equals(a.id()) ? "replay" : "exact";
                    out = record.withKey(a.id()).withValue(Outcome.of(
                            new DuplicateRecord(a.id(), first, 1.0, method, a.sourceId(), a.title())));
                }
            }
        } catch (RuntimeException e) {
            out = record.withKey(a.id()).withValue(Outcome.of(DeadLetters.of(STAGE, e, context, a.id(), a)));
        }
        metrics.stage(STAGE, System.nanoTime() - t0);
        context.forward(out);
    }
}
