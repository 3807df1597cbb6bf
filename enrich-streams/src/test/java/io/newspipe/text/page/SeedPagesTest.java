package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The splitter against the team's own reading of the five seed pages ({@code src/test/resources/expected}): an
 * expected article is found when a produced article's body starts with its first characters and ends with its last
 * (both boundaries right); precision counts produced articles that are such a match; title accuracy is over the
 * found articles. The floors are what the shipped splitter reaches (2026-11-29: P 0.932, R 0.976, titles 0.878;
 * 0.889, 0.952, 0.850 before a heading and the line after it were barred from joining and a date the column broke off
 * made to go on), against the issue's bar of 0.92 / 0.92 / 0.90; the rules that were tuned on these pages had 0.846 /
 * 0.786 / 0.879, and the model never saw these pages' layouts. The figures of the splitters in between are in
 * {@code docs/splitter-log.md}. A change that splits worse fails here.
 */
class SeedPagesTest {
    record Expected(String title, String first, String last) {
    }

    /** The counts, and what went wrong, one line each (printed with the counts: where to look first). */
    record Score(int expected, int produced, int found, int titlesRight, List<String> misses) {
        double precision() {
            return found / (double) produced;
        }

        double recall() {
            return found / (double) expected;
        }

        double titleAccuracy() {
            return titlesRight / (double) Math.max(1, found);
        }
    }

    static List<Expected> expected(Path tsv) throws Exception {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            out.add(new Expected(f[0].equals("-") ? null : f[0], f[1], f[2]));
        }
        return out;
    }

    static String norm(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    static Score score(List<Expected> expected, List<ArticleDraft> produced) {
        int found = 0;
        int titles = 0;
        List<String> misses = new ArrayList<>();
        for (Expected e : expected) {
            ArticleDraft match = null;
            for (ArticleDraft d : produced) {
                String body = d.body().replace("\n", "");
                if (body.startsWith(e.first()) && body.endsWith(e.last())) {
                    match = d;
                    break;
                }
            }
            if (match == null) {
                misses.add("not found: " + e.title() + " [" + e.first() + " … " + e.last() + "]");
                continue;
            }
            found++;
            if (java.util.Objects.equals(norm(e.title()), norm(match.title()))) {
                titles++;
            } else {
                misses.add("title: " + e.title() + " <- " + match.title());
            }
        }
        return new Score(expected.size(), produced.size(), found, titles, misses);
    }

    @Test
    void theSeedPagesSplitAsACarefulReaderWould() throws Exception {
        Path seeds = Path.of("..", "seeds");
        int expected = 0;
        int produced = 0;
        int found = 0;
        int titles = 0;
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path page : files.sorted().toList()) {
                String name = page.getFileName().toString().replace(".txt", ".tsv");
                List<Expected> exp = expected(Path.of("src", "test", "resources", "expected", name));
                Score s = score(exp, Pages.drafts(Files.readString(page)));
                System.out.printf("%s: %d expected, %d produced, %d found, %d titles right%n", name, s.expected(),
                        s.produced(), s.found(), s.titlesRight());
                s.misses().forEach(m -> System.out.println("  " + m));
                expected += s.expected();
                produced += s.produced();
                found += s.found();
                titles += s.titlesRight();
            }
        }
        Score all = new Score(expected, produced, found, titles, List.of());
        System.out.printf("ALL article precision %.3f recall %.3f title accuracy %.3f%n", all.precision(), all.recall(),
                all.titleAccuracy());
        assertTrue(all.recall() >= RECALL_FLOOR, "recall " + all.recall());
        assertTrue(all.precision() >= PRECISION_FLOOR, "precision " + all.precision());
        assertTrue(all.titleAccuracy() >= TITLE_FLOOR, "title accuracy " + all.titleAccuracy());
    }

    static final double RECALL_FLOOR = 0.97;
    static final double PRECISION_FLOOR = 0.92;
    static final double TITLE_FLOOR = 0.87;
}
