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
 * slower than a warm one: on a continuous feed the first pages after a start wait for the compiler, and on two cores
 * the compiler competes with the stream thread for the first minute of a replay. Run while the broker starts, the
 * warm-up pays that cost where nothing waits for it.
 *
 * <p>The pages are made from the seed articles shipped in the jar ({@link ArticleSource#fromSeeds()}) in layouts the
 * page generator draws from a fixed seed: no input, no network, the same pages every start. Nothing it computes is
 * kept. Thread-safe as far as the enricher is (it is shared, read-only).
 */
public final class WarmUp {
    /** The generator seed of the warm-up pages: any fixed one, so that every start does the same work. */
    private static final long SEED = 20261129L;
    /**
     * Pages a continuous run warms up on unless told otherwise ({@code ./pipeline run --warm-up},
     * {@code WARM_UP_PAGES} for the streams app alone): about 2 s of start-up a hundred pages on two cores, chosen by
     * measurement (the README's latency row). A replay does not warm up: its own first pages do that, and a warm-up
     * would only lengthen it.
     */
    public static final int DEFAULT_PAGES = 200;

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
