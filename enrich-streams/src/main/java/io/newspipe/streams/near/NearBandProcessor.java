package io.newspipe.streams.near;

import io.newspipe.streams.StageMetrics;
import io.newspipe.streams.TopologyNames;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.dedup.OverlapSketch;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Near-dedup, step 2: per band key, the articles seen with that key. A probe is compared with the bucket of each band
 * it names (estimated Jaccard from the overlap sketches), added to each, and answered with one verdict keyed by its
 * article id for all of them: the closest earlier near copy if any, the related articles. When the probe's article
 * comes first by (time, id) but reached a band after a near copy of it, that copy gets a late verdict (one, however
 * many bands found it): it was let through too early. Expired members are dropped on access and by an hourly sweep,
 * so the index holds at most the retention's worth of articles.
 */
final class NearBandProcessor implements Processor<String, NearMessages.Probe, String, NearMessages.Verdict> {
    static final String STAGE = "near-band";
    private final NearDuplicates settings;
    private final StageMetrics metrics;
    private ProcessorContext<String, NearMessages.Verdict> context;
    private KeyValueStore<String, byte[]> buckets;

    NearBandProcessor(NearDuplicates settings, StageMetrics metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, NearMessages.Verdict> context) {
        this.context = context;
        this.buckets = context.getStateStore(TopologyNames.Store.NEAR_BUCKETS.storeName());
        context.schedule(Duration.ofHours(1), PunctuationType.WALL_CLOCK_TIME, this::sweep);
    }

    @Override
    public void process(Record<String, NearMessages.Probe> record) {
        long t0 = System.nanoTime();
        NearMessages.Probe p = record.value();
        List<String> bands = p.bandsOr(record.key());
        int home = p.homeOr(-1);
        NearDuplicateBucket.Member member = new NearDuplicateBucket.Member(p.articleId(), p.time(),
                OverlapSketch.fromBytes(p.sketch()), home);
        NearMessages.Match best = null;
        // A pair's similarity comes from the two sketches, the same in every band: a match found twice is one.
        Map<String, NearMessages.Match> related = new LinkedHashMap<>();
        Map<String, NearDuplicateBucket.Later> later = new LinkedHashMap<>();
        for (String band : bands) {
            NearDuplicateBucket bucket = NearDuplicateBucket.fromBytes(buckets.get(band));
            NearDuplicateBucket.Matches m = bucket.matchAndAdd(member, settings, settings.retention().toMillis(),
                    settings.maxBucket());
            buckets.put(band, bucket.toBytes());
            if (m.duplicateOf() != null && (best == null || m.duplicateOf().closerThan(best))) {
                best = m.duplicateOf();
            }
            m.related().forEach(r -> related.putIfAbsent(r.id(), r));
            m.later().forEach(l -> later.putIfAbsent(l.match().id(), l));
        }
        metrics.stage(STAGE, System.nanoTime() - t0);
        context.forward(record.withKey(p.articleId()).withValue(new NearMessages.Verdict(p.articleId(), best,
                List.copyOf(related.values()), false, bands.size(), home)));
        for (NearDuplicateBucket.Later l : later.values()) {
            NearMessages.Match m = l.match();
            context.forward(record.withKey(m.id()).withValue(new NearMessages.Verdict(m.id(),
                    new NearMessages.Match(p.articleId(), m.similarity(), p.time()), List.of(), true, 1, l.home())));
        }
    }

    private void sweep(long now) {
        long cutoff = now - settings.retention().toMillis();
        List<String> empty = new ArrayList<>();
        List<KeyValue<String, byte[]>> changed = new ArrayList<>();
        try (KeyValueIterator<String, byte[]> it = buckets.all()) {
            while (it.hasNext()) {
                KeyValue<String, byte[]> kv = it.next();
                NearDuplicateBucket b = NearDuplicateBucket.fromBytes(kv.value);
                int before = b.members().size();
                if (b.expire(cutoff)) {
                    empty.add(kv.key);
                } else if (b.members().size() != before) {
                    changed.add(KeyValue.pair(kv.key, b.toBytes()));
                }
            }
        }
        empty.forEach(buckets::delete);
        changed.forEach(kv -> buckets.put(kv.key, kv.value));
    }
}
