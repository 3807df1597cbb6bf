package io.newspipe.streams.near;

import io.newspipe.model.Article;
import io.newspipe.streams.Outcome;
import io.newspipe.streams.StageMetrics;
import io.newspipe.text.dedup.MinHash;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.dedup.OverlapSketch;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * Near-dedup, step 1: one probe per LSH band of the article's MinHash signature, keyed by the band key, so that every
 * pair of near copies meets on the partition of a band they share, whichever partitions the articles came from.
 */
final class NearProbeProcessor implements Processor<String, Outcome, String, NearMessages.Probe> {
    static final String STAGE = "near-probe";
    private final MinHash minHash;
    private final StageMetrics metrics;
    private ProcessorContext<String, NearMessages.Probe> context;

    NearProbeProcessor(NearDuplicates settings, StageMetrics metrics) {
        this.minHash = settings.minHash();
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, NearMessages.Probe> context) {
        this.context = context;
    }

    @Override
    public void process(Record<String, Outcome> record) {
        long t0 = System.nanoTime();
        Article a = record.value().article();
        long[] signature = minHash.signature(a.body());
        NearMessages.Probe probe = new NearMessages.Probe(a.id(), record.timestamp(),
                OverlapSketch.of(signature).toBytes());
        String[] bands = minHash.bandKeys(signature);
        metrics.stage(STAGE, System.nanoTime() - t0);
        for (String band : bands) {
            context.forward(record.withKey(band).withValue(probe));
        }
    }
}
