package io.newspipe.bench.chaos;

import io.newspipe.text.gen.ArticleSource;
import io.newspipe.text.gen.PageGenerator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Pages for the scenarios: generated ({@link PageGenerator}) from the People's Daily sentences when
 * {@code ../shared/ner} is at hand, else from the seed articles the product ships; deterministic for a seed.
 */
public final class Corpus {
    /** How often a story of {@link #distinctSource()} jumps: 12% duplicates over 1,000 pages, 39% over 10,000. */
    static final double DISTINCT_WANDER = 0.35;

    private Corpus() {
    }

    public static ArticleSource source() {
        Path pd = Path.of("..", "shared", "ner", "peoples_daily_test_bio.txt");
        if (!Files.isRegularFile(pd)) {
            pd = Path.of("..", "..", "shared", "ner", "peoples_daily_test_bio.txt");
        }
        return Files.isRegularFile(pd) ? ArticleSource.of(List.of(pd), false) : ArticleSource.fromSeeds();
    }

    /**
     * Stories as distinct as a feed's, for the throughput benches. The chained source's stories converge on the same
     * runs of sentences: of 10,000 pages' 50,940 articles, 45,112 were exact or near copies and only 5,828 were
     * enriched, while the enricher alone they were compared with enriched all 50,940. A jump every third sentence or
     * so keeps the stories apart.
     */
    public static ArticleSource distinctSource() {
        return source().wandering(DISTINCT_WANDER);
    }

    /** Writes {@code n} pages into {@code dir} ({@code page-0000.txt} …) and returns their paths. */
    static List<Path> write(Path dir, int n, long seed) throws IOException {
        return write(dir, n, seed, source());
    }

    /** As {@link #write(Path, int, long)}, from {@code source}. */
    static List<Path> write(Path dir, int n, long seed, ArticleSource source) throws IOException {
        Files.createDirectories(dir);
        PageGenerator g = new PageGenerator(source, seed);
        List<Path> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Path p = dir.resolve(String.format("page-%04d.txt", i));
            Files.writeString(p, g.next().text(), StandardCharsets.UTF_8);
            out.add(p);
        }
        return out;
    }

    /** A page of about {@code bytes} UTF-8 bytes: generated pages one after another. */
    static String ofSize(int bytes, long seed) {
        PageGenerator g = new PageGenerator(source(), seed);
        StringBuilder b = new StringBuilder();
        long size = 0;
        while (size < bytes) {
            String page = g.next().text() + "\n";
            size += page.getBytes(StandardCharsets.UTF_8).length;
            b.append(page);
        }
        // Cut back to the size, at a character boundary: the page is the size asked for, give or take three bytes.
        while (b.length() > 0 && b.toString().getBytes(StandardCharsets.UTF_8).length > bytes) {
            int over = (int) ((b.toString().getBytes(StandardCharsets.UTF_8).length - bytes) / 3) + 1;
            b.setLength(Math.max(0, b.length() - over));
        }
        return b.toString();
    }
}
