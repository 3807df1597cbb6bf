package io.newspipe.bench;

import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.model.Article;
import io.newspipe.text.Chars;
import io.newspipe.text.enrich.ArticleEnricher;
import io.newspipe.text.enrich.DateExtractor;
import io.newspipe.text.enrich.EntityExtractor;
import io.newspipe.text.enrich.QuantityExtractor;
import io.newspipe.text.enrich.TextMetrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Enrichment throughput on one thread (= one core): the split seed articles enriched over and over, everything on,
 * after a warm-up; then each part alone. Prints CJK characters per second. Usage: {@code bench/run.sh enrich [rounds=10]}.
 */
public final class EnrichBench {
    private static final int WARM_UP_SECONDS = 5;
    private static final int TRIALS = 5;

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        List<Article> articles = SeedArticles.split();
        long cjk = articles.stream().mapToLong(a -> Chars.countCjk(a.body())).sum();
        System.out.printf("enrich bench: %d seed articles, %d CJK characters a round, %d warm-up s, median of %d trials"
                + " of %d rounds, 1 thread%n", articles.size(), cjk, WARM_UP_SECONDS, TRIALS, rounds);
        ArticleEnricher enricher = new ArticleEnricher();
        EntityExtractor entities = new EntityExtractor();
        QuantityExtractor quantities = new QuantityExtractor();
        DateExtractor dates = new DateExtractor();
        TextMetrics metrics = new TextMetrics();
        // The whole enricher is measured last, once the JIT has compiled every part it calls.
        measure("entities", articles, rounds, cjk, a -> entities.extract(a.body()));
        measure("quantities", articles, rounds, cjk, a -> quantities.extract(a.body()));
        measure("dates", articles, rounds, cjk, a -> dates.extract(a.body(), null));
        // Metrics read the words the entity stage segmented: segment once here, outside the timing.
        Map<String, List<List<Term>>> words = new HashMap<>();
        articles.forEach(a -> words.put(a.id(), entities.segmentLines(a.body())));
        measure("metrics (TextRank keywords, summary)", articles, rounds, cjk,
                a -> metrics.measure(a.body(), words.get(a.id()), 1, 0, 0));
        measure("everything (ArticleEnricher)", articles, rounds, cjk, enricher::enrich);
    }

    /**
     * Warms the work up for {@value #WARM_UP_SECONDS} s (a short run measures the JIT, not the code), then times
     * {@value #TRIALS} trials of {@code rounds} rounds and prints their median and range: this machine is shared, and
     * one trial can be a third slower than the next.
     */
    private static void measure(String name, List<Article> articles, int rounds, long cjk, Consumer<Article> work) {
        long warmUntil = System.nanoTime() + WARM_UP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < warmUntil) {
            articles.forEach(work);
        }
        double[] rates = new double[TRIALS];
        for (int k = 0; k < TRIALS; k++) {
            long t0 = System.nanoTime();
            for (int r = 0; r < rounds; r++) {
                articles.forEach(work);
            }
            rates[k] = cjk * rounds / ((System.nanoTime() - t0) / 1e9);
        }
        java.util.Arrays.sort(rates);
        double median = rates[TRIALS / 2];
        System.out.printf("%-38s %9.0f CJK chars/s  (%.2f ms per article; trials %.0f..%.0f)%n", name, median,
                cjk / median * 1e3 / articles.size(), rates[0], rates[TRIALS - 1]);
    }
}
