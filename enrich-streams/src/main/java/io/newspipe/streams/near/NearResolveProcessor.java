package io.newspipe.streams.near;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.RelatedArticle;
import io.newspipe.streams.Outcome;
import io.newspipe.streams.Retention;
import io.newspipe.streams.StageMetrics;
import io.newspipe.streams.TopologyNames;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;

/**
 * Near-dedup, step 3, keyed by article id: waits for the article and one verdict per band, then lets the article on
 * to enrichment with its related articles, or drops it as a near copy of the closest earlier one any band found. A
 * late verdict for an article already let through retracts it: a duplicate record and a tombstone for its id, so the
 * earlier copy stays canonical whatever order the partitions ran in. Decided articles are remembered (state only,
 * not the article) until the retention, for those late verdicts.
 */
final class NearResolveProcessor implements Processor<String, NearMessages.Message, String, Outcome> {
    static final String STAGE = "near-resolve";
    private final int bands;
    private final Duration retention;
    private final StageMetrics metrics;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, NearMessages.Pending> pending;
    private KeyValueStore<String, Article> held;

    NearResolveProcessor(int bands, Duration retention, StageMetrics metrics) {
        this.bands = bands;
        this.retention = retention;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.pending = context.getStateStore(TopologyNames.Store.NEAR_PENDING.storeName());
        this.held = context.getStateStore(TopologyNames.Store.NEAR_HELD.storeName());
        // Only decided articles expire here: one still waiting has its verdicts on the way.
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, now -> Retention.sweep(pending,
                now - retention.toMillis(), p -> p.state() == NearMessages.State.WAITING ? Long.MAX_VALUE : p.time()));
    }

    @Override
    public void process(Record<String, NearMessages.Message> record) {
        long t0 = System.nanoTime();
        String id = record.key();
        NearMessages.Pending p = pending.get(id);
        if (p == null) {
            p = NearMessages.Pending.empty(record.timestamp());
        }
        Article a = record.value().article();
        NearMessages.Verdict v = record.value().verdict();
        Outcome out = null;
        if (a != null) {
            p = p.withArticle(a, record.timestamp());
            held.put(id, a);
        } else if (v.late() && p.state() == NearMessages.State.RELEASED) {
            out = Outcome.retraction(duplicate(id, v.duplicateOf(), p.sourceId(), p.title()));
            p = p.decided(NearMessages.State.DROPPED).with(v);
        } else if (v.late() && p.state() == NearMessages.State.DROPPED && p.with(v).duplicateOf() != p.duplicateOf()) {
            // A closer (or equally close, smaller-id) earlier copy reached a band late: the record names it instead,
            // so the copy named does not depend on the order the bands ran in.
            p = p.with(v);
            out = Outcome.correction(duplicate(id, p.duplicateOf(), p.sourceId(), p.title()));
        } else if (p.state() == NearMessages.State.WAITING) {
            p = p.with(v);
        }
        if (p.state() == NearMessages.State.WAITING && p.arrived() && p.verdicts() >= bands) {
            Article held = this.held.get(id);
            this.held.delete(id);
            if (p.duplicateOf() != null) {
                out = Outcome.of(duplicate(id, p.duplicateOf(), held.sourceId(), held.title()));
                p = p.decided(NearMessages.State.DROPPED);
            } else {
                out = Outcome.of(held.withRelated(p.related().stream()
                        .map(m -> new RelatedArticle(m.id(), m.similarity())).toList()));
                p = p.decided(NearMessages.State.RELEASED);
            }
        }
        pending.put(id, p);
        metrics.stage(STAGE, System.nanoTime() - t0);
        if (out != null) {
            context.forward(record.withValue(out));
        }
    }

    /**
     * A near copy at an estimated similarity of 1 has the same letters and digits as the earlier one, which is what
     * the exact stage compares: it is reported as {@code exact}, as it would have been had the copies reached the
     * exact stage in time order (see DedupProcessor).
     */
    static DuplicateRecord duplicate(String id, NearMessages.Match of, String sourceId, String title) {
        return new DuplicateRecord(id, of.id(), of.similarity(), of.similarity() >= 1.0 ? "exact" : "near", sourceId,
                title);
    }
}
