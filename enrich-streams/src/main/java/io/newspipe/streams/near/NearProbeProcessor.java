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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Near-dedup, step 1: the article's LSH band keys, grouped by the partition of the band topic each key belongs to
 * ({@link NearDuplicateStage#partitionOf}), one probe per group, so that every pair of near copies meets on the
 * partition of a band they share, whichever partitions the articles came from. Grouped, an article sends at most
 * one probe per partition instead of one per band: each record costs a serialisation, a send, a fetch and a state
 * lookup on the way, whatever it holds.
 */
final class NearProbeProcessor implements Processor<String, Outcome, String, NearMessages.Probe> {
    static final String STAGE = "near-probe";
    private final MinHash minHash;
    private final int partitions;
    private final StageMetrics metrics;
    private ProcessorContext<String, NearMessages.Probe> context;

    /** @param partitions the band topic's partitions */
    NearProbeProcessor(NearDuplicates settings, int partitions, StageMetrics metrics) {
        this.minHash = settings.minHash();
        this.partitions = partitions;
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
        byte[] sketch = OverlapSketch.of(signature).toBytes();
        Map<Integer, List<String>> byPartition = new TreeMap<>();
        for (String band : minHash.bandKeys(signature)) {
            byPartition.computeIfAbsent(NearDuplicateStage.partitionOf(band, partitions), p -> new ArrayList<>()).add(band);
        }
        metrics.stage(STAGE, System.nanoTime() - t0);
        // This task's partition: the article goes on to the resolver of the same task, where its verdicts must meet it.
        int home = context.taskId().partition();
        for (List<String> bands : byPartition.values()) {
            context.forward(record.withKey(bands.get(0)).withValue(new NearMessages.Probe(a.id(), record.timestamp(),
                    sketch, bands, home)));
        }
    }
}
