package io.newspipe.bench;

import io.newspipe.model.Json;
import io.newspipe.model.PageLimits;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import io.newspipe.streams.EnrichTopology;
import io.newspipe.streams.StageMetrics;
import io.newspipe.streams.TopologyNames;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.enrich.ArticleEnricher;
import io.newspipe.text.fixtures.NearDuplicateVariants;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole topology in TopologyTestDriver on the seeds, their re-laid-out copies and distinct pages made from the
 * People's Daily corpus: time per stage (dedup's share next to enrichment) and the bytes the dedup stores hold per
 * article. Usage: {@code bench/run.sh dedup [distinct-pages=300] [ner-dir=../shared/ner]}.
 */
public final class DedupBench {
    public static void main(String[] args) throws Exception {
        int distinct = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path ner = Path.of(args.length > 1 ? args[1] : "../shared/ner");
        Map<String, AtomicLong> nanos = new ConcurrentHashMap<>();
        Map<String, AtomicLong> counts = new ConcurrentHashMap<>();
        Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        StageMetrics collect = new StageMetrics() {
            @Override
            public void stage(String stage, long n) {
                nanos.computeIfAbsent(stage, s -> new AtomicLong()).addAndGet(n);
                counts.computeIfAbsent(stage, s -> new AtomicLong()).incrementAndGet();
            }

            @Override
            public void outcome(String kind, String detail) {
                outcomes.computeIfAbsent(kind + (detail == null ? "" : ":" + detail), s -> new AtomicLong()).incrementAndGet();
            }
        };
        List<String> pages = new ArrayList<>();
        for (RawPage p : SeedArticles.pages()) {
            pages.add(p.text());
        }
        for (RawPage p : SeedArticles.pages()) {
            pages.add(NearDuplicateVariants.relayoutPage(p.text()));
        }
        List<String> sentences = NearDuplicateVariants.peoplesDailySentences(ner.resolve("peoples_daily_test_bio.txt"), 40_000);
        for (String body : NearDuplicateVariants.pseudoArticles(sentences, 800, distinct)) {
            pages.add("标题" + pages.size() + "\n" + body + "\n");
        }
        Path state = Files.createTempDirectory("dedup-bench");
        ArticleEnricher enricher = new ArticleEnricher();
        enricher.enrich(SeedArticles.split().get(0)); // load HanLP's dictionaries before the clock starts
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.topology(enricher, 3, NearDuplicates.DEFAULTS, collect),
                EnrichTopology.streamsConfig("bench:9092", state, 1, PageLimits.DEFAULTS, 1))) {
            var raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
            long t0 = System.nanoTime();
            for (String text : pages) {
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                RawPage p = new RawPage(SourceIds.forBytes(b), "bench", Instant.now(), "UTF-8", text, b.length);
                raw.pipeInput(p.sourceId(), Json.write(p));
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            long articles = counts.getOrDefault("dedup", new AtomicLong()).get();
            long canonical = outcomes.getOrDefault("enriched", new AtomicLong()).get();
            System.out.printf("dedup bench: %d pages (5 seeds, 5 re-laid-out, %d distinct), %d articles, %.1f s in the driver%n",
                    pages.size(), distinct, articles, wall);
            System.out.println("outcomes: " + new TreeMap<>(outcomes));
            long total = nanos.values().stream().mapToLong(AtomicLong::get).sum();
            System.out.println("stage          records   µs/record   share of stage time");
            for (String stage : List.of("repair", "split", "dedup", "near-probe", "near-band", "near-resolve", "enrich")) {
                long n = nanos.getOrDefault(stage, new AtomicLong()).get();
                long c = Math.max(1, counts.getOrDefault(stage, new AtomicLong()).get());
                System.out.printf("%-14s %7d %11.1f   %5.1f%%%n", stage, c, n / 1e3 / c, 100.0 * n / total);
            }
            long dedupNanos = List.of("dedup", "near-probe", "near-band", "near-resolve").stream()
                    .mapToLong(s -> nanos.getOrDefault(s, new AtomicLong()).get()).sum();
            System.out.printf("dedup (exact + near) per article: %.0f µs; enrichment per canonical article: %.0f µs; ratio %.3f%n",
                    dedupNanos / 1e3 / articles, nanos.get("enrich").get() / 1e3 / canonical,
                    (dedupNanos / (double) articles) / (nanos.get("enrich").get() / (double) canonical));
            for (TopologyNames.Store st : List.of(TopologyNames.Store.NEAR_BUCKETS, TopologyNames.Store.FINGERPRINTS,
                    TopologyNames.Store.SEEN_PAGES, TopologyNames.Store.NEAR_PENDING, TopologyNames.Store.NEAR_HELD)) {
                String store = st.storeName();
                long[] size = bytes(driver.getKeyValueStore(store));
                System.out.printf("store %-17s %6d entries %9d bytes = %6.1f bytes per article%n", store, size[0], size[1],
                        size[1] / (double) articles);
            }
        }
    }

    /** Entries and key+value bytes as serialised in the store (RocksDB's own overhead not counted). */
    private static long[] bytes(KeyValueStore<Object, Object> store) {
        long entries = 0;
        long bytes = 0;
        try (KeyValueIterator<Object, Object> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<Object, Object> kv = it.next();
                entries++;
                bytes += String.valueOf(kv.key).getBytes(StandardCharsets.UTF_8).length;
                bytes += kv.value instanceof byte[] b ? b.length
                        : kv.value instanceof Long ? 8 : Json.write(kv.value).length;
            }
        }
        return new long[]{entries, bytes};
    }
}
