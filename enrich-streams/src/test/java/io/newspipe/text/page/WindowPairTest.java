package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WindowPairTest {
    /**
     * The sliding windows count what a count of each window from scratch finds: on every seed page, and on the same
     * pages re-laid in narrow and wide columns, at every line start, for a window pair over the start, one over the
     * line and a wide one; the windows clipped at both ends of the page.
     */
    @Test
    void slidingWindowsCountWhatCountingEachWindowFinds() throws IOException {
        int checked = 0;
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path file : files.sorted().toList()) {
                String seed = Files.readString(file);
                for (String page : List.of(seed, Relayout.page(seed, 12, false, true, true),
                        Relayout.page(seed, 40, true, false, false))) {
                    List<RepairedPage.Line> lines = new PageRepair().lines(page);
                    StringBuilder all = new StringBuilder();
                    int[] starts = new int[lines.size() + 1];
                    for (int i = 0; i < lines.size(); i++) {
                        starts[i] = all.length();
                        all.append(lines.get(i).text());
                    }
                    starts[lines.size()] = all.length();
                    Cohesion.Bigrams text = new Cohesion.Bigrams(all);
                    int length = all.length();
                    WindowPair atStart = new WindowPair(text);
                    WindowPair overLine = new WindowPair(text);
                    WindowPair wide = new WindowPair(text);
                    for (int i = 0; i < lines.size(); i++) {
                        int s = starts[i];
                        int e = starts[i + 1];
                        checked += agrees(text, atStart, Math.max(0, s - 120), s, s, Math.min(length, s + 120));
                        checked += agrees(text, overLine, Math.max(0, s - 120), s, e, Math.min(length, e + 120));
                        checked += agrees(text, wide, Math.max(0, s - 200), s, s, Math.min(length, s + 200));
                    }
                }
            }
        }
        assertTrue(checked > 10_000, "window pairs checked: " + checked);
    }

    private static int agrees(Cohesion.Bigrams text, WindowPair pair, int from1, int to1, int from2, int to2) {
        pair.move(from1, to1, from2, to2);
        String where = "[" + from1 + ", " + to1 + ") [" + from2 + ", " + to2 + ")";
        assertEquals(text.distinct(from1, to1), pair.before(), where);
        assertEquals(text.distinct(from2, to2), pair.after(), where);
        assertEquals(text.shared(from1, to1, from2, to2), pair.shared(), where);
        return 1;
    }

    /** A window moved past its own width (a line longer than the window) is counted afresh, not slid. */
    @Test
    void aWindowThatJumpsPastItsWidthCountsWhatIsThere() {
        Cohesion.Bigrams text = new Cohesion.Bigrams("油茶产业园今年扩大油茶种植面积，油茶加工企业增加油茶产量，足球联赛本周继续进行，"
                + "球队主教练表示球员状态良好，足球比赛门票已经售完，油茶产业带动农户增收");
        WindowPair pair = new WindowPair(text);
        agrees(text, pair, 0, 10, 10, 20);
        agrees(text, pair, 25, 35, 40, 55);
        agrees(text, pair, 60, 70, 70, text.text.length());
    }

    @Test
    void aWindowMayNotMoveBack() {
        WindowPair pair = new WindowPair(new Cohesion.Bigrams("油茶产业园今年扩大油茶种植面积，油茶加工企业增加油茶产量"));
        pair.move(0, 10, 10, 20);
        assertThrows(IllegalArgumentException.class, () -> pair.move(0, 9, 10, 20));
    }
}
