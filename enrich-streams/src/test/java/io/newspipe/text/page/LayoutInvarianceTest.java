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
 * and without blank lines and justification spaces (20 layouts a page, 100 in all), by a count of characters and as a
 * column sets them (half-width characters half a place), split again and compared with
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
    /**
     * The same pages re-laid as a column sets them (2026-11-29, the shipped models with the heading and date rules of
     * {@link LineLabeller}): 64 exact, 0.925 kept, a drift of 0.16 (0.918 and 0.20 before the date rule) — six layouts
     * more than by a count of characters. What still moves: page 000 below 30 places, pages 001 and 003 at 12 and 15,
     * page 002 at 15, page 004 at 12.
     */
    static final int COLUMN_EXACT_FLOOR = 64;
    static final double COLUMN_KEPT_FLOOR = 0.92;
    static final double COLUMN_DRIFT_CEILING = 0.2;

    static List<String> bodies(String page) {
        return Pages.drafts(page).stream().map(d -> d.body().replaceAll("\\s+", "")).toList();
    }

    /** Re-laid by a count of characters a line. */
    @Test
    void theSameArticlesComeOutOfAnotherLayout() throws IOException {
        score(false).holds(EXACT_FLOOR, KEPT_FLOOR, COUNT_DRIFT_CEILING);
    }

    /**
     * Re-laid as a column sets the text: an ASCII digit or letter takes half a place, so a line with a year or a
     * figure holds more characters than one without. The page generator wraps this way, and so does a paper; the
     * count of characters above also makes lines no column gives, as short as a headline and full all the same
     * ({@code 2019年初，王某取得了}: 12 characters, 10 places), which the first pass reads as headings.
     */
    @Test
    void theSameArticlesComeOutOfAnotherColumnWidth() throws IOException {
        score(true).holds(COLUMN_EXACT_FLOOR, COLUMN_KEPT_FLOOR, COLUMN_DRIFT_CEILING);
    }

    /** Of the 100 layouts: how many give exactly the same articles, the mean share kept, the mean count drift. */
    record Score(int exact, double kept, double drift) {
        void holds(int exactFloor, double keptFloor, double driftCeiling) {
            assertTrue(exact >= exactFloor, "exact layouts " + exact);
            assertTrue(kept >= keptFloor, "articles kept " + kept);
            assertTrue(drift <= driftCeiling, "count drift " + drift);
        }
    }

    static Score score(boolean column) throws IOException {
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
                        List<String> relaid = bodies(Relayout.page(page, width, variant / 2 == 1, variant % 2 == 1,
                                column));
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
                System.out.printf("%s%s: %d articles; kept/produced per layout:%s%n", column ? "column " : "",
                        file.getFileName(), asPrinted.size(), row);
            }
        }
        Score s = new Score(exact, kept / layouts, drift / layouts);
        System.out.printf("%slayouts exact %d/%d, articles kept %.3f, mean count drift %.2f%n", column ? "column " : "",
                exact, layouts, s.kept(), s.drift());
        return s;
    }
}
