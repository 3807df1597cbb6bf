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
 * after a warm-up; then each part alone. Prints CJK characters per second. Usage: {@code bench/run.sh enrich [rounds=20]}.
 */
public final class EnrichBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        List<Article> articles = SeedArticles.split();
        long cjk = articles.stream().mapToLong(a -> Chars.countCjk(a.body())).sum();
        System.out.printf("enrich bench: %d seed articles, %d CJK characters a round, %d rounds, 1 thread%n",
                articles.size(), cjk, rounds);
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

    private static void measure(String name, List<Article> articles, int rounds, long cjk, Consumer<Article> work) {
        for (int r = 0; r < Math.max(5, rounds / 2); r++) {
            articles.forEach(work);
        }
        long t0 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            articles.forEach(work);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-38s %9.0f CJK chars/s  (%.2f ms per article)%n", name, cjk * rounds / s,
                s * 1e3 / (rounds * articles.size()));
    }
}
