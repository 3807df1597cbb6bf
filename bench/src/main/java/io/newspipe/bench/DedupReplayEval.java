package io.newspipe.bench;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.Json;
import io.newspipe.model.PageLimits;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import io.newspipe.streams.EnrichTopology;
import io.newspipe.streams.StageMetrics;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.dedup.Shingles;
import io.newspipe.text.enrich.ArticleEnricher;
import io.newspipe.text.gen.ArticleSource;
import io.newspipe.text.gen.GeneratedPage;
import io.newspipe.text.gen.PageGenerator;
import io.newspipe.text.page.Pages;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TopologyTestDriver;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A replay of generated pages through the whole topology: every article the dedup stage drops is compared with the
 * copy it was judged a duplicate of, by the true Jaccard of their character 4-grams. A different story must never be
 * dropped (issue 14: nothing below 0.5). The pages are laid out by {@link PageGenerator}; their stories chain
 * People's Daily sentences by shared words, so stories on different pages share sentences now and then, and the
 * generator prints a paragraph twice and stories over again. Usage:
 * {@code bench/run.sh dedup-replay [pages=2000] [ner-dir=../shared/ner] [duplicate-threshold]}.
 */
public final class DedupReplayEval {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path ner = Path.of(args.length > 1 ? args[1] : "../shared/ner");
        NearDuplicates rule = args.length > 2 ? new NearDuplicates(NearDuplicates.DEFAULTS.shingleSize(),
                NearDuplicates.DEFAULTS.bands(), NearDuplicates.DEFAULTS.rows(), Double.parseDouble(args[2]),
                NearDuplicates.DEFAULTS.relatedJaccard(), NearDuplicates.DEFAULTS.retention(),
                NearDuplicates.DEFAULTS.maxBucket()) : NearDuplicates.DEFAULTS;
        PageGenerator generator = new PageGenerator(ArticleSource.of(List.of(ner.resolve("peoples_daily_test_bio.txt")),
                false), 14L);
        Map<String, String> bodies = new HashMap<>();
        Path state = Files.createTempDirectory("dedup-replay");
        StageMetrics none = new StageMetrics() {
            @Override
            public void stage(String stage, long nanos) {
            }

            @Override
            public void outcome(String kind, String detail) {
            }
        };
        int articles = 0;
        try (TopologyTestDriver driver = new TopologyTestDriver(EnrichTopology.topology(new ArticleEnricher(), 3,
                rule, none), EnrichTopology.streamsConfig("bench:9092", state, 1, PageLimits.DEFAULTS, 1))) {
            var raw = driver.createInputTopic(Topics.RAW.name(), new StringSerializer(), new ByteArraySerializer());
            var duplicates = driver.createOutputTopic(Topics.DUPLICATES.name(), new StringDeserializer(),
                    new StringDeserializer());
            long t0 = System.nanoTime();
            for (int i = 0; i < n; i++) {
                GeneratedPage page = generator.next();
                byte[] b = page.text().getBytes(StandardCharsets.UTF_8);
                RawPage p = new RawPage(SourceIds.forBytes(b), "gen-" + i, Instant.now(), "UTF-8", page.text(), b.length);
                for (Article a : Pages.articles(p)) {
                    bodies.put(a.id(), a.body());
                    articles++;
                }
                raw.pipeInput(p.sourceId(), Json.write(p));
            }
            Shingles shingles = new Shingles(NearDuplicates.DEFAULTS.shingleSize());
            Map<String, Integer> byMethod = new TreeMap<>();
            int[] bands = new int[10];
            int below = 0;
            List<DuplicateRecord> records = duplicates.readValuesToList().stream()
                    .map(v -> Json.read(v, DuplicateRecord.class)).toList();
            // The topic read as a compacted one: a copy recorded again (a closer earlier copy came late) counts once,
            // with the copy it names last.
            Map<String, DuplicateRecord> last = new java.util.LinkedHashMap<>();
            records.forEach(d -> last.put(d.id(), d));
            List<DuplicateRecord> dropped = List.copyOf(last.values());
            for (DuplicateRecord d : dropped) {
                byMethod.merge(d.method(), 1, Integer::sum);
                String a = bodies.get(d.id());
                String c = bodies.get(d.duplicateOf());
                if (a == null || c == null) {
                    continue;
                }
                double j = jaccard(shingles.distinct(a), shingles.distinct(c));
                bands[Math.min(9, (int) (j * 10))]++;
                if (j < 0.5) {
                    below++;
                    System.out.printf("DROPPED below 0.5: %s as a copy of %s, Jaccard %.3f%n", d.id(), d.duplicateOf(), j);
                }
            }
            System.out.printf("dedup replay: %d generated pages, %d articles, duplicate at estimated Jaccard >= %.2f, "
                    + "%.0f s in the driver%n", n, articles, rule.duplicateJaccard(), (System.nanoTime() - t0) / 1e9);
            System.out.println("dropped as duplicates: " + dropped.size() + " " + byMethod + " (" + records.size()
                    + " duplicate records: a copy is recorded again when a closer earlier copy reaches a band late)");
            StringBuilder h = new StringBuilder("true Jaccard with the kept copy:");
            for (int i = 0; i < 10; i++) {
                h.append(String.format(" %.1f-%.1f:%d", i / 10.0, (i + 1) / 10.0, bands[i]));
            }
            System.out.println(h);
            System.out.println("dropped with Jaccard below 0.5: " + below);
        }
    }

    static double jaccard(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int both = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                both++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        int union = a.length + b.length - both;
        return union == 0 ? 1 : both / (double) union;
    }
}
