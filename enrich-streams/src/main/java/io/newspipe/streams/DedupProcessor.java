package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 3: exact deduplication. Input is keyed by body fingerprint, so every copy of a body reaches this partition;
 * the earliest copy by (time, id) is canonical, the others are forwarded as duplicates. A copy that comes first by
 * (time, id) but reaches this partition after a later one was let through (the page partitions ran at their own
 * pace, or a crash had a page processed again) becomes canonical and goes on too: the near-duplicate stage sees the
 * two as identical and drops or retracts the later one, as it does for any copy that came first. The copies this
 * stage had already dropped against the displaced one are recorded again naming the new canonical copy, so neither
 * which copy is kept nor which one a duplicate names depends on the order of arrival (up to {@link #REMEMBERED}
 * dropped copies per body). Output is re-keyed by article id. Fingerprints are forgotten after the retention.
 */
final class DedupProcessor implements Processor<String, Outcome, String, Outcome> {
    static final String STAGE = "dedup";
    /** Dropped copies remembered per body, to name them a new canonical copy; more copies than this are rare. */
    static final int REMEMBERED = 32;
    /** Separates the canonical entry from the dropped copies, and a dropped copy's id from its title. */
    private static final char ENTRY = '\u001E';
    private static final char FIELD = '\u001F';
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

    /**
     * Values are {@code <time>:<canonical id>}, then for each copy dropped against it {@code RS <id> US <title>}: the
     * time lets old fingerprints expire. (Values written before the dropped copies were kept have none.)
     */
    static long timeOf(String value) {
        return Long.parseLong(value.substring(0, value.indexOf(':')));
    }

    @Override
    public void process(Record<String, Outcome> record) {
        long t0 = System.nanoTime();
        Article a = record.value().article();
        List<Record<String, Outcome>> out = new ArrayList<>(1);
        try {
            String stored = canonical.get(record.key());
            if (stored == null || timeOf(stored) < record.timestamp() - retentionMillis) {
                canonical.put(record.key(), record.timestamp() + ":" + a.id());
                out.add(record.withKey(a.id()));
            } else {
                int end = stored.indexOf(ENTRY);
                String first = stored.substring(stored.indexOf(':') + 1, end < 0 ? stored.length() : end);
                String dropped = end < 0 ? "" : stored.substring(end);
                long firstTime = timeOf(stored);
                if (!first.equals(a.id()) && (record.timestamp() < firstTime
                        || record.timestamp() == firstTime && a.id().compareTo(first) < 0)) {
                    canonical.put(record.key(), record.timestamp() + ":" + a.id() + dropped);
                    out.add(record.withKey(a.id()));
                    for (String entry : dropped.isEmpty() ? new String[0] : dropped.substring(1).split(String.valueOf(ENTRY))) {
                        int f = entry.indexOf(FIELD);
                        String id = entry.substring(0, f);
                        String title = f + 1 < entry.length() ? entry.substring(f + 1) : null;
                        out.add(record.withKey(id).withValue(Outcome.of(
                                new DuplicateRecord(id, a.id(), 1.0, "exact", sourceIdOf(id), title))));
                    }
                } else {
                    String method = first.equals(a.id()) ? "replay" : "exact";
                    if (method.equals("exact") && count(dropped) < REMEMBERED && !dropped.contains(ENTRY + a.id() + FIELD)) {
                        canonical.put(record.key(), stored + ENTRY + a.id() + FIELD + (a.title() == null ? "" : a.title()));
                    }
                    out.add(record.withKey(a.id()).withValue(Outcome.of(
                            new DuplicateRecord(a.id(), first, 1.0, method, a.sourceId(), a.title()))));
                }
            }
        } catch (RuntimeException e) {
            out.clear();
            out.add(record.withKey(a.id()).withValue(Outcome.of(DeadLetters.of(STAGE, e, context, a.id(), a))));
        }
        metrics.stage(STAGE, System.nanoTime() - t0);
        out.forEach(context::forward);
    }

    /** An article id is {@code <sourceId>-<nn>}. */
    private static String sourceIdOf(String articleId) {
        int dash = articleId.lastIndexOf('-');
        return dash < 0 ? articleId : articleId.substring(0, dash);
    }

    private static int count(String dropped) {
        int n = 0;
        for (int i = 0; i < dropped.length(); i++) {
            n += dropped.charAt(i) == ENTRY ? 1 : 0;
        }
        return n;
    }
}
