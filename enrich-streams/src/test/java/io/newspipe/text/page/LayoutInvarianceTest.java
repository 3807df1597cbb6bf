package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Does splitting depend on the layout? Every seed page re-laid ({@link Relayout}) at widths 12, 15, 20, 30 and 40, with
 * and without blank lines and justification spaces (20 layouts a page, 100 in all), split again and compared with
 * the page as it came: how many layouts give exactly the same articles (same bodies, whitespace aside, same order),
 * what share of the articles survive each layout unchanged, and by how much the count moves. The bar is every
 * layout exact; the floors below are what the shipped model reaches, so that a change that makes splitting more
 * layout-dependent fails here.
 */
class LayoutInvarianceTest {
    static final int[] WIDTHS = {12, 15, 20, 30, 40};
    /**
     * Shipped (2026-11-29, parallel subheadings in the generator, retrained): 58 exact, 0.895 kept, a drift of 0.24
     * (a run with heading blocks printed together on blank-line pages as well, not shipped: 40, 0.840, 0.24; the
     * shipped recipe from generator seed 2, not shipped: 48, 0.863, 0.30 — a retraining moves these by ten). The
     * two-pass splitter trained on topical stories with the wide and the rarity-weighted cohesion measures
     * (2026-11-28) measured 56 exact, 0.885 kept and a drift of 0.31, as with the wide one alone; without them 50, 0.877
     * and 0.37; the two passes trained on chained stories
     * before it 52, 0.875 and 0.41; the one-pass splitter 46, 0.791 and 0.76.
     */
    static final double KEPT_FLOOR = 0.89;
    static final int EXACT_FLOOR = 58;
    static final double COUNT_DRIFT_CEILING = 0.3;

    static List<String> bodies(String page) {
        return Pages.drafts(page).stream().map(d -> d.body().replaceAll("\\s+", "")).toList();
    }

    @Test
    void theSameArticlesComeOutOfAnotherLayout() throws IOException {
        int layouts = 0;
        int exact = 0;
        double kept = 0;
        double drift = 0;
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path file : files.sorted().toList()) {
                String page = Files.readString(file);
                List<String> asPrinted = bodies(page);
                StringBuilder row = new StringBuilder();
                for (int width : WIDTHS) {
                    for (int variant = 0; variant < 4; variant++) {
                        List<String> relaid = bodies(Relayout.page(page, width, variant / 2 == 1, variant % 2 == 1));
                        List<String> left = new ArrayList<>(relaid);
                        int same = 0;
                        for (String body : asPrinted) {
                            same += left.remove(body) ? 1 : 0;
                        }
                        layouts++;
                        exact += relaid.equals(asPrinted) ? 1 : 0;
                        kept += same / (double) asPrinted.size();
                        drift += Math.abs(relaid.size() - asPrinted.size());
                        row.append(String.format(" %d/%d", same, relaid.size()));
                    }
                }
                System.out.printf("%s: %d articles; kept/produced per layout:%s%n", file.getFileName(), asPrinted.size(), row);
            }
        }
        System.out.printf("layouts exact %d/%d, articles kept %.3f, mean count drift %.2f%n", exact, layouts,
                kept / layouts, drift / layouts);
        assertTrue(exact >= EXACT_FLOOR, "exact layouts " + exact);
        assertTrue(kept / layouts >= KEPT_FLOOR, "articles kept " + kept / layouts);
        assertTrue(drift / layouts <= COUNT_DRIFT_CEILING, "count drift " + drift / layouts);
    }
}
