package io.newspipe.bench;

import io.newspipe.model.Article;
import io.newspipe.model.RawPage;
import io.newspipe.text.Chars;
import io.newspipe.text.enrich.ArticleEnricher;
import io.newspipe.text.page.PageRepair;
import io.newspipe.text.page.PageSplitter;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
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
        long splitCpu = 0;
        long enrichCpu = 0;
        double[] ratios = new double[rounds];
        int sink = 0;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = -Math.max(5, rounds / 2); r < rounds; r++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            for (RawPage p : pages) {
                sink += splitter.split(repair.repair(p)).size();
            }
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            for (Article a : articles) {
                sink += enricher.enrich(a).entities().size();
            }
            long t2 = System.nanoTime();
            long c2 = threads.getCurrentThreadCpuTime();
            if (r >= 0) {
                split += t1 - t0;
                enrich += t2 - t1;
                splitCpu += c1 - c0;
                enrichCpu += c2 - c1;
                ratios[r] = (t2 - t1) / (double) (t1 - t0);
            }
        }
        double perPage = pages.size() * (double) rounds;
        System.out.printf("repair + split  %8.2f ms per page  %10.0f CJK chars/s%n", split / 1e6 / perPage,
                cjk * rounds / (split / 1e9));
        System.out.printf("enrich          %8.2f ms per page  %10.0f CJK chars/s%n", enrich / 1e6 / perPage,
                cjk * rounds / (enrich / 1e9));
        System.out.printf("enrich / split  %8.1f x   (checksum %d)%n", enrich / (double) split, sink);
        // A virtual machine's neighbours take the core in bursts: the median of the rounds' own ratios and the
        // thread's CPU time are steadier than the totals of wall time, which one burst can move.
        Arrays.sort(ratios);
        System.out.printf("  median of the rounds' ratios %.1f x (rounds from %.1f to %.1f x); by the thread's CPU time"
                        + " %.2f / %.2f ms per page, %.1f x%n", ratios[rounds / 2], ratios[0], ratios[rounds - 1],
                splitCpu / 1e6 / perPage, enrichCpu / 1e6 / perPage, enrichCpu / (double) splitCpu);
    }
}
