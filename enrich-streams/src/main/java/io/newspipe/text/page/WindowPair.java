package io.newspipe.text.page;

/**
 * Two windows of a page's text, one before a point and one after it, with the distinct bigrams of each and how
 * many they share, kept as the windows move: a bigram's count in a window changes only where a window edge
 * passes it. Windows move forward only (neither edge ever goes back). Not thread-safe: one per measure and page.
 */
final class WindowPair {
    private final Cohesion.Bigrams text;
    /** Per side (0 before, 1 after): each bigram's count in the window. */
    private final int[][] count;
    /** Per side, the positions whose bigram the window holds, {@code [lo, hi)}: {@code [from, to - 1)} of a window. */
    private final int[] lo = new int[2];
    private final int[] hi = new int[2];
    /** Per side, the distinct bigrams in the window. */
    private final int[] distinct = new int[2];
    /** The distinct bigrams both windows hold. */
    private int shared;

    WindowPair(Cohesion.Bigrams text) {
        this.text = text;
        count = new int[2][text.ids];
    }

    /** Moves the windows to {@code [from1, to1)} and {@code [from2, to2)}; no edge may move back. */
    void move(int from1, int to1, int from2, int to2) {
        slide(0, from1, Math.max(from1, to1 - 1));
        slide(1, from2, Math.max(from2, to2 - 1));
    }

    /** The distinct bigrams of the window before, after the last {@link #move}. */
    int before() {
        return distinct[0];
    }

    /** The distinct bigrams of the window after. */
    int after() {
        return distinct[1];
    }

    /** The distinct bigrams both windows hold. */
    int shared() {
        return shared;
    }

    private void slide(int side, int newLo, int newHi) {
        if (newLo < lo[side] || newHi < hi[side]) {
            throw new IllegalArgumentException("a window moved back");
        }
        if (newLo >= hi[side]) {
            for (int p = lo[side]; p < hi[side]; p++) {
                remove(side, p);
            }
            for (int p = newLo; p < newHi; p++) {
                add(side, p);
            }
        } else {
            for (int p = hi[side]; p < newHi; p++) {
                add(side, p);
            }
            for (int p = lo[side]; p < newLo; p++) {
                remove(side, p);
            }
        }
        lo[side] = newLo;
        hi[side] = newHi;
    }

    private void add(int side, int p) {
        int b = text.id[p];
        if (b >= 0 && count[side][b]++ == 0) {
            distinct[side]++;
            shared += count[1 - side][b] > 0 ? 1 : 0;
        }
    }

    private void remove(int side, int p) {
        int b = text.id[p];
        if (b >= 0 && --count[side][b] == 0) {
            distinct[side]--;
            shared -= count[1 - side][b] > 0 ? 1 : 0;
        }
    }
}
