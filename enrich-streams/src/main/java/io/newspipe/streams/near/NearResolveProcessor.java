package io.newspipe.streams.near;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.streams.Outcome;
import io.newspipe.streams.StageMetrics;
import io.newspipe.streams.TopologyNames;
import io.newspipe.text.dedup.SimHash;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Near-dedup, step 3, keyed by article id: waits for the article and one verdict per band, then lets the article on
 * to enrichment, or drops it as a near duplicate of the closest earlier copy any band found.
 */
final class NearResolveProcessor implements Processor<String, NearMessages.Message, String, Outcome> {
    static final String STAGE = "near-resolve";
    private final int bands;
    private final StageMetrics metrics;
    private ProcessorContext<String, Outcome> context;
    private KeyValueStore<String, NearMessages.Pending> pending;
    private KeyValueStore<String, Article> held;

    NearResolveProcessor(int bands, StageMetrics metrics) {
        this.bands = bands;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Outcome> context) {
        this.context = context;
        this.pending = context.getStateStore(TopologyNames.Store.NEAR_PENDING.storeName());
        this.held = context.getStateStore(TopologyNames.Store.NEAR_HELD.storeName());
    }

    @Override
    public void process(Record<String, NearMessages.Message> record) {
        long t0 = System.nanoTime();
        NearMessages.Pending p = pending.get(record.key());
        if (p == null) {
            p = NearMessages.Pending.empty();
        }
        Article a = record.value().article();
        if (a != null) {
            p = p.withArticle();
        } else {
            p = p.with(record.value().verdict());
        }
        if (!p.arrived() || p.verdicts() < bands) {
            pending.put(record.key(), p);
            if (a != null) {
                held.put(record.key(), a);
            }
        } else {
            pending.delete(record.key());
            if (a == null) {
                a = held.get(record.key());
                held.delete(record.key());
            }
            Outcome out = p.candidateId() == null ? Outcome.of(a) : Outcome.of(new DuplicateRecord(a.id(),
                    p.candidateId(), SimHash.similarity(p.distance()), "near", a.sourceId(), a.title()));
            metrics.stage(STAGE, System.nanoTime() - t0);
            context.forward(record.withValue(out));
            return;
        }
        metrics.stage(STAGE, System.nanoTime() - t0);
    }
}
