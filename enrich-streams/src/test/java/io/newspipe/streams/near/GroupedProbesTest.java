package io.newspipe.streams.near;

import io.newspipe.model.Article;
import io.newspipe.streams.Outcome;
import io.newspipe.streams.StageMetrics;
import io.newspipe.streams.TopologyNames;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.dedup.OverlapSketch;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Probes grouped by the band topic's partition, and the band processor answering a group with one verdict. */
class GroupedProbesTest {
    private static final NearDuplicates RULE = NearDuplicates.DEFAULTS;
    private static final int PARTITIONS = 3;

    private static String story(int from, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            b.append("第").append(i).append("项工作说，社区网格员当天走访了").append(i * 7 % 13).append("户居民家庭。");
        }
        return b.toString();
    }

    private static Article article(String id, String body) {
        return Article.split(id, id.substring(0, id.indexOf('-')), "test", 1, "标题", null, List.of(), List.of(body),
                List.of(), List.of(), true, id, Instant.EPOCH);
    }

    @Test
    void aBandKeyGoesWhereTheProducerWouldSendARecordKeyedByIt() {
        for (String key : List.of("0:1f", "7:abcdef0123", "15:ffffffffffffffff", "3:0")) {
            byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
            for (int n : new int[] {1, 3, 4, 12}) {
                assertEquals(BuiltInPartitioner.partitionForKey(bytes, n), NearDuplicateStage.partitionOf(key, n), key);
            }
        }
    }

    @Test
    void anArticleSendsOneProbePerPartitionNamingEachOfItsBandsOnce() {
        MockProcessorContext<String, NearMessages.Probe> context = new MockProcessorContext<>();
        NearProbeProcessor probe = new NearProbeProcessor(RULE, PARTITIONS, StageMetrics.NONE);
        probe.init(context);
        Article a = article("aaaaaaaaaaaaaaaa-01", story(0, 20));
        probe.process(new Record<>(a.id(), Outcome.of(a), 1000L));

        List<String> expected = Arrays.asList(RULE.minHash().bandKeys(RULE.minHash().signature(a.body())));
        List<String> named = new ArrayList<>();
        Set<Integer> partitions = new HashSet<>();
        for (var forwarded : context.forwarded()) {
            NearMessages.Probe p = forwarded.record().value();
            int partition = NearDuplicateStage.partitionOf(forwarded.record().key(), PARTITIONS);
            assertTrue(partitions.add(partition), "one probe per partition");
            assertEquals(forwarded.record().key(), p.bands().get(0));
            for (String band : p.bands()) {
                assertEquals(partition, NearDuplicateStage.partitionOf(band, PARTITIONS), band);
            }
            named.addAll(p.bands());
        }
        assertTrue(context.forwarded().size() <= PARTITIONS);
        assertEquals(new HashSet<>(expected), new HashSet<>(named));
        assertEquals(RULE.bands(), named.size(), "every band once");
    }

    @Test
    void aGroupIsAnsweredOnceAndALaterCopyFoundInSeveralBandsIsToldOnce() {
        KeyValueStore<String, byte[]> buckets = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(TopologyNames.Store.NEAR_BUCKETS.storeName()), Serdes.String(),
                Serdes.ByteArray()).withLoggingDisabled().build();
        MockProcessorContext<String, NearMessages.Verdict> context = new MockProcessorContext<>();
        buckets.init(context.getStateStoreContext(), buckets);
        context.addStateStore(buckets);
        NearBandProcessor band = new NearBandProcessor(RULE, StageMetrics.NONE);
        band.init(context);

        String body = story(0, 30);
        long[] signature = RULE.minHash().signature(body);
        List<String> bands = List.of(RULE.minHash().bandKeys(signature)).subList(0, 5);
        byte[] sketch = OverlapSketch.of(signature).toBytes();
        // The later copy (time 200) reaches the bands first, then the earlier one (time 100): same body, all 5 bands.
        band.process(new Record<>(bands.get(0), new NearMessages.Probe("later-01", 200, sketch, bands, 2), 200L));
        assertEquals(1, context.forwarded().size());
        NearMessages.Verdict first = context.forwarded().get(0).record().value();
        assertEquals(5, first.bands());
        assertFalse(first.late());
        assertEquals(null, first.duplicateOf());
        context.resetForwards();

        band.process(new Record<>(bands.get(0), new NearMessages.Probe("earlier-01", 100, sketch, bands, 1), 100L));
        List<NearMessages.Verdict> out = context.forwarded().stream().map(f -> (NearMessages.Verdict) f.record().value()).toList();
        assertEquals(2, out.size(), out.toString());
        assertEquals("earlier-01", out.get(0).articleId());
        assertEquals(5, out.get(0).bands());
        assertTrue(out.get(1).late());
        assertEquals("later-01", out.get(1).articleId());
        assertEquals("earlier-01", out.get(1).duplicateOf().id(), "the copy let through first is told once, not 5 times");
        assertEquals(1, out.get(0).home(), "an article's verdict goes to the partition its probe came from");
        assertEquals(2, out.get(1).home(), "a late verdict goes where the copy it is about was indexed from");
        assertEquals(2, first.home());
        buckets.close();
    }

    @Test
    void aProbeNamesItsTasksPartitionAsTheArticlesHome() {
        MockProcessorContext<String, NearMessages.Probe> context = new MockProcessorContext<>(new java.util.Properties(),
                new org.apache.kafka.streams.processor.TaskId(1, 2), null);
        NearProbeProcessor probe = new NearProbeProcessor(RULE, PARTITIONS, StageMetrics.NONE);
        probe.init(context);
        Article a = article("aaaaaaaaaaaaaaaa-01", story(0, 20));
        probe.process(new Record<>(a.id(), Outcome.of(a), 1000L));
        assertFalse(context.forwarded().isEmpty());
        context.forwarded().forEach(f -> assertEquals(2, f.record().value().homeOr(-1)));
    }

    @Test
    void aVerdictGoesHomeOrWhereItsIdHashesWhenItsHomeIsUnknown() {
        String id = "aaaaaaaaaaaaaaaa-01";
        for (int home = 0; home < PARTITIONS; home++) {
            assertEquals(home, NearDuplicateStage.verdictPartition(id,
                    new NearMessages.Verdict(id, null, null, false, 1, home), PARTITIONS));
        }
        int byId = NearDuplicateStage.partitionOf(id, PARTITIONS);
        assertEquals(byId, NearDuplicateStage.verdictPartition(id, new NearMessages.Verdict(id, null, null, true, 1, -1),
                PARTITIONS), "indexed before verdicts went home: where that version's resolver kept it");
        assertEquals(byId, NearDuplicateStage.verdictPartition(id, new NearMessages.Verdict(id, null, null, true, 1, 7),
                PARTITIONS), "a home beyond the topic (partitions changed): the id's partition");
        assertEquals(-1, new NearMessages.Probe(id, 1, new byte[0], List.of(), null).homeOr(-1));
    }

    @Test
    void aProbeOrVerdictWrittenBeforeGroupingStillCounts() {
        NearMessages.Probe old = new NearMessages.Probe("a-01", 1, new byte[0], null, null);
        assertEquals(List.of("4:abc"), old.bandsOr("4:abc"));
        NearMessages.Verdict one = new NearMessages.Verdict("a-01", null, null, false, 0, -1);
        assertEquals(1, one.bands());
        NearMessages.Pending p = NearMessages.Pending.empty(1).with(one)
                .with(new NearMessages.Verdict("a-01", null, null, false, 15, -1));
        assertEquals(16, p.verdicts());
    }
}
