package io.newspipe.text.enrich;

import io.newspipe.model.Article;
import io.newspipe.model.RawPage;
import io.newspipe.text.gen.ArticleSource;
import io.newspipe.text.gen.PageGenerator;
import io.newspipe.text.page.PageRepair;
import io.newspipe.text.page.PageSplitter;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs the text stages (repair, split, enrich) over generated pages and throws the results away, so that the JIT has
 * compiled them before the first real page arrives. A cold JVM repairs, splits and enriches a page several times
 * slower than a warm one, and on a continuous feed the first pages after a start wait for the compiler. The warm-up
 * must end before the first page is taken: run beside the first pages it competes with them for the cores and makes
 * them slower still (measured: the README's latency row). So it lengthens the start instead, a restart after a crash
 * included, which is why {@code ./pipeline run} does it only when asked ({@code --warm-up}).
 *
 * <p>The pages are made from the seed articles shipped in the jar ({@link ArticleSource#fromSeeds()}) in layouts the
 * page generator draws from a fixed seed: no input, no network, the same pages every start. Nothing it computes is
 * kept. Thread-safe as far as the enricher is (it is shared, read-only).
 */
public final class WarmUp {
    /** The generator seed of the warm-up pages: any fixed one, so that every start does the same work. */
    private static final long SEED = 20261129L;

    /** What a warm-up did: pages and articles run through the stages, and how long it took. */
    public record Done(int pages, int articles, long chars, Duration took) {
        @Override
        public String toString() {
            return String.format("%d pages, %d articles, %,d characters in %.1f s", pages, articles, chars,
                    took.toMillis() / 1e3);
        }
    }

    private WarmUp() {
    }

    /**
     * Repairs, splits and enriches {@code pages} generated pages with {@code enricher}.
     *
     * @param pages how many; 0 does nothing
     * @throws IllegalArgumentException when {@code pages} is negative
     */
    public static Done run(ArticleEnricher enricher, int pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("a warm-up of " + pages + " pages");
        }
        long t0 = System.nanoTime();
        if (pages == 0) {
            return new Done(0, 0, 0, Duration.ZERO);
        }
        PageGenerator generator = new PageGenerator(ArticleSource.fromSeeds(), SEED);
        PageRepair repair = new PageRepair();
        PageSplitter splitter = new PageSplitter();
        int articles = 0;
        long chars = 0;
        for (int i = 0; i < pages; i++) {
            String text = generator.next().text();
            RawPage page = new RawPage("warm-up-" + i, "warm-up", Instant.EPOCH, "UTF-8", text, text.length());
            for (Article a : splitter.split(repair.repair(page))) {
                enricher.enrich(a);
                articles++;
            }
            chars += text.length();
        }
        return new Done(pages, articles, chars, Duration.ofNanos(System.nanoTime() - t0));
    }
}
