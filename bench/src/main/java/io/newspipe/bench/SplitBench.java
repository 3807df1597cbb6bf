package io.newspipe.bench;

import io.newspipe.model.Article;
import io.newspipe.model.RawPage;
import io.newspipe.text.Chars;
import io.newspipe.text.enrich.ArticleEnricher;
import io.newspipe.text.page.PageRepair;
import io.newspipe.text.page.PageSplitter;

import java.util.ArrayList;
import java.util.List;

/**
 * Is splitting cheap next to enrichment? The seed pages repaired and split, and the articles they give enriched, on
 * one thread, after a warm-up, alternating the two in every round so that both see the same machine. Prints each
 * one's time per page and the ratio (the bar: repair + split at least 5 times faster than enrichment).
 * Usage: {@code bench/run.sh split [rounds=100]}; half as many rounds go first, unmeasured. A streams app runs warm,
 * and after 10 warm-up rounds the JIT was still compiling the split (4.3–4.8 ms a page at 20 rounds, 3.0–3.3 at 100).
 */
public final class SplitBench {
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        List<RawPage> pages = SeedArticles.pages();
        PageRepair repair = new PageRepair();
        PageSplitter splitter = new PageSplitter();
        ArticleEnricher enricher = new ArticleEnricher();
        List<Article> articles = new ArrayList<>();
        pages.forEach(p -> articles.addAll(splitter.split(repair.repair(p))));
        long cjk = pages.stream().mapToLong(p -> Chars.countCjk(p.text())).sum();
        System.out.printf("split bench: %d seed pages, %d articles, %d CJK characters a round, %d rounds, 1 thread%n",
                pages.size(), articles.size(), cjk, rounds);
        long split = 0;
        long enrich = 0;
        int sink = 0;
        for (int r = -Math.max(5, rounds / 2); r < rounds; r++) {
            long t0 = System.nanoTime();
            for (RawPage p : pages) {
                sink += splitter.split(repair.repair(p)).size();
            }
            long t1 = System.nanoTime();
            for (Article a : articles) {
                sink += enricher.enrich(a).entities().size();
            }
            long t2 = System.nanoTime();
            if (r >= 0) {
                split += t1 - t0;
                enrich += t2 - t1;
            }
        }
        double perPage = pages.size() * (double) rounds;
        System.out.printf("repair + split  %8.2f ms per page  %10.0f CJK chars/s%n", split / 1e6 / perPage,
                cjk * rounds / (split / 1e9));
        System.out.printf("enrich          %8.2f ms per page  %10.0f CJK chars/s%n", enrich / 1e6 / perPage,
                cjk * rounds / (enrich / 1e9));
        System.out.printf("enrich / split  %8.1f x   (checksum %d)%n", enrich / (double) split, sink);
    }
}
