package io.newspipe.text.page;

import io.newspipe.text.Chars;

import java.util.Arrays;
import java.util.List;

/**
 * Lexical cohesion across a page's lines, as features: where one story ends and another begins with no marker at all,
 * the words stop carrying over (TextTiling, Hearst 1997). For each line it measures, over CJK character bigrams,
 * how much the text before its start shares with the text after it; how deep that is against the peaks of the
 * paragraph starts around it (a boundary is a valley, not merely a low value: some stories share few words
 * throughout); what the last sentence before the line shares with the first after it; and which side a short line's
 * words are on (a headline shares words with its own story). For the second pass, at every line where a paragraph may
 * start, the same similarity over a wider window ({@value #WIDE} characters) and over {@value #RARE_WINDOW} with each
 * bigram weighted by its rarity on the page, each with its depth. Every measure is turned into a bucket name for the
 * line labeller. Stateless; thread-safe.
 */
final class Cohesion {
    /** Characters on each side of a line start that are compared. */
    static final int WINDOW = 120;
    /**
     * The wider window of the second measure at paragraph starts: a story's words carry over a paragraph break more
     * surely over 200 characters than over 120 (dev pages, PD dev sentences: paragraph starts inside a story
     * against unmarked story starts, ranked by similarity, AUC 0.942 against 0.917).
     */
    static final int WIDE = 200;
    /**
     * Each side of the rarity-weighted measure, and the blocks a bigram's rarity on the page is counted in (dev pages,
     * ranked as for {@link #WIDE}: AUC 0.949 over 300 characters, 0.947 over 200).
     */
    static final int RARE_WINDOW = 300;
    private static final int BLOCK = 100;
    /** How far away the peaks that a valley is measured against may be. */
    private static final int REACH = 360;

    private Cohesion() {
    }

    /** The cohesion features of one line: each a bucket name. */
    record At(String gap, String around, String side, String depth, String sentences, String wide, String wideDepth,
              String rare, String rareDepth) {
    }

    /**
     * @param wide whether to measure {@link At#wide()}, {@link At#wideDepth()}, {@link At#rare()} and
     *             {@link At#rareDepth()} too ("w-n/a", "r-n/a" when not)
     */
    static At[] of(List<RepairedPage.Line> lines, boolean wide) {
        int n = lines.size();
        StringBuilder all = new StringBuilder();
        int[] starts = new int[n + 1];
        for (int i = 0; i < n; i++) {
            starts[i] = all.length();
            all.append(lines.get(i).text());
        }
        starts[n] = all.length();
        Bigrams text = new Bigrams(all);
        // Each measure compares a window before a point with one after it, and the points only move forward, so the
        // windows slide (WindowPair) instead of being counted afresh at every line: this method 27% faster on the seed
        // pages as printed, 40% re-laid at 12 places, where lines are many (the splitter's log).
        boolean[] candidate = new boolean[n];
        for (int i = 1; i < n; i++) {
            candidate[i] = opensParagraph(lines.get(i - 1), lines.get(i));
        }
        int length = all.length();
        double[] gap = new double[n];
        double[] around = new double[n];
        WindowPair atStart = new WindowPair(text);
        WindowPair overLine = new WindowPair(text);
        for (int i = 0; i < n; i++) {
            atStart.move(Math.max(0, starts[i] - WINDOW), starts[i], starts[i], Math.min(length, starts[i] + WINDOW));
            gap[i] = similarity(length, starts[i], starts[i], atStart);
            overLine.move(Math.max(0, starts[i] - WINDOW), starts[i], starts[i + 1],
                    Math.min(length, starts[i + 1] + WINDOW));
            around[i] = similarity(length, starts[i], starts[i + 1], overLine);
        }
        // The second pass's two measures only where a paragraph may start, the gaps between blocks that TextTiling
        // compares; the narrow measures above cover every line.
        double[] wideGap = new double[n];
        double[] rareGap = new double[n];
        double[] weight = wide ? text.rarity(BLOCK) : null;
        WindowPair wideAt = wide ? new WindowPair(text) : null;
        for (int i = 0; i < n; i++) {
            if (wide && candidate[i]) {
                wideAt.move(Math.max(0, starts[i] - WIDE), starts[i], starts[i], Math.min(length, starts[i] + WIDE));
                wideGap[i] = similarity(length, starts[i], starts[i], wideAt);
            } else {
                wideGap[i] = -1;
            }
            rareGap[i] = wide && candidate[i] ? rare(text, weight, starts[i]) : -1;
        }
        At[] out = new At[n];
        for (int i = 0; i < n; i++) {
            out[i] = new At(bucket(gap[i]), bucket(around[i]),
                    side(text, starts[i], starts[i + 1]),
                    candidate[i] ? depth(gap, candidate, starts, i) : "depth-n/a",
                    candidate[i] ? sentences(text, starts[i]) : "sent-n/a",
                    wide && candidate[i] ? "w" + fineBucket(wideGap[i]) : "w-n/a",
                    wide && candidate[i] ? "w" + depth(wideGap, candidate, starts, i) : "w-n/a",
                    wide && candidate[i] ? "r" + fineBucket(rareGap[i]) : "r-n/a",
                    wide && candidate[i] ? "r" + depth(rareGap, candidate, starts, i) : "r-n/a");
        }
        return out;
    }

    /** Could a paragraph start here: the line before ends a sentence, or the extraction marks a new block. */
    private static boolean opensParagraph(RepairedPage.Line before, RepairedPage.Line line) {
        String t = before.text();
        int last = t.isEmpty() ? ' ' : t.codePointBefore(t.length());
        return line.blankBefore() || line.indented() || Chars.isTerminal(last) || Chars.isClosing(last);
    }

    /**
     * How far the similarity at line {@code i} falls below the highest similarity at the paragraph starts on each side
     * of it (within {@value #REACH} characters): TextTiling's depth score, in buckets.
     */
    private static String depth(double[] gap, boolean[] candidate, int[] starts, int i) {
        if (gap[i] < 0) {
            return "depth-edge";
        }
        double left = -1;
        double right = -1;
        for (int j = i - 1; j >= 0 && starts[i] - starts[j] <= REACH; j--) {
            if (candidate[j] && gap[j] >= 0) {
                left = Math.max(left, gap[j]);
            }
        }
        for (int j = i + 1; j < gap.length && starts[j] - starts[i] <= REACH; j++) {
            if (candidate[j] && gap[j] >= 0) {
                right = Math.max(right, gap[j]);
            }
        }
        if (left < 0 && right < 0) {
            return "depth-alone";
        }
        double l = left < 0 ? right : left;
        double r = right < 0 ? left : right;
        double d = (l - gap[i]) + (r - gap[i]);
        String valley = gap[i] <= Math.min(l, r) ? "min" : gap[i] < Math.max(l, r) ? "low" : "peak";
        return valley + (d < 0.02 ? "|d0" : d < 0.05 ? "|d1" : d < 0.1 ? "|d2" : d < 0.18 ? "|d3" : "|d4");
    }

    /** The bigrams that the sentence ending before {@code at} shares with the sentence starting at it. */
    private static String sentences(Bigrams text, int at) {
        CharSequence all = text.text;
        int from = at - 1;
        while (from > 0 && !Chars.isSentenceEnd(all.charAt(from - 1))) {
            from--;
        }
        // The line before ended its sentence, so step over that end to the sentence before it.
        int begin = Math.max(0, from - 1);
        while (begin > 0 && !Chars.isSentenceEnd(all.charAt(begin - 1)) && from - begin < 80) {
            begin--;
        }
        int to = at;
        while (to < all.length() && !Chars.isSentenceEnd(all.charAt(to)) && to - at < 80) {
            to++;
        }
        int k = text.shared(begin, at, at, to);
        return "sent" + (k == 0 ? 0 : k == 1 ? 1 : k == 2 ? 2 : k <= 4 ? 3 : 5);
    }

    /**
     * Which side a short line's words are on: a headline shares words with its own story, so a headline above its
     * body shares them with the text after it, one printed after its body with the text before.
     */
    private static String side(Bigrams text, int from, int to) {
        if (to - from > 60 || text.distinct(from, to) == 0) {
            return "side-n/a";
        }
        int b = text.shared(Math.max(0, from - 2 * WINDOW), from, from, to);
        int a = text.sharedAhead(from, to, Math.min(text.text.length(), to + 2 * WINDOW));
        return a == 0 && b == 0 ? "side-none" : a > b ? (b == 0 ? "side-after" : "side-more-after")
                : b > a ? (a == 0 ? "side-before" : "side-more-before") : "side-both";
    }

    /**
     * Jaccard similarity of the bigrams of the pair's two windows, the one before ending at {@code end} and the one
     * after starting at {@code start}; -1 when a side is too short (under 40 characters of page).
     */
    private static double similarity(int length, int end, int start, WindowPair windows) {
        if (end < 40 || length - start < 40) {
            return -1;
        }
        return windows.shared() / (double) Math.max(1, windows.before() + windows.after() - windows.shared());
    }

    /** Jaccard similarity of the {@value #RARE_WINDOW} characters either side, each bigram weighted by its rarity. */
    private static double rare(Bigrams text, double[] weight, int at) {
        int length = text.text.length();
        if (at < 40 || length - at < 40) {
            return -1;
        }
        int from = Math.max(0, at - RARE_WINDOW);
        int to = Math.min(length, at + RARE_WINDOW);
        double both = text.sharedWeight(weight, from, at, at, to);
        return both / Math.max(1e-9, text.distinctWeight(weight, from, at) + text.distinctWeight(weight, at, to) - both);
    }

    private static String fineBucket(double j) {
        return j < 0 ? "edge" : j < 0.005 ? "f0" : j < 0.01 ? "f1" : j < 0.02 ? "f2" : j < 0.035 ? "f3" : j < 0.055 ? "f4"
                : j < 0.08 ? "f5" : "f6";
    }

    private static String bucket(double j) {
        return j < 0 ? "edge" : j < 0.02 ? "c0" : j < 0.04 ? "c1" : j < 0.07 ? "c2" : j < 0.12 ? "c3" : "c4";
    }

    /**
     * The CJK character bigrams of a page's text, indexed so that a window's distinct bigrams, and those two windows
     * share, are counted in one pass over a window with no set built: each position knows the previous and the next
     * position that starts the same bigram. A bigram at {@code p} spans {@code p} and {@code p + 1}; it is in the
     * window {@code [from, to)} when {@code from <= p} and {@code p + 1 < to}.
     */
    static final class Bigrams {
        final CharSequence text;
        private final int[] prev;
        private final int[] next;
        /** Each position's bigram as a number from 0 (the same bigram, the same number); -1 where none starts. */
        final int[] id;
        /** How many distinct bigrams the text has. */
        final int ids;

        Bigrams(CharSequence text) {
            this.text = text;
            int n = text.length();
            prev = new int[n];
            next = new int[n];
            Arrays.fill(prev, -1);
            Arrays.fill(next, Integer.MAX_VALUE);
            // The last position of each bigram, in an open-addressing table of (bigram, position + 1) pairs: a page
            // has a few thousand bigrams, and a boxed map of them cost more than the counting it serves.
            int[] table = new int[Integer.highestOneBit(Math.max(16, n) * 4) * 2];
            int mask = table.length / 2 - 1;
            boolean cjk = n > 0 && Chars.isCjk(text.charAt(0));
            for (int p = 0; p + 1 < n; p++) {
                char a = text.charAt(p);
                char b = text.charAt(p + 1);
                boolean nextCjk = Chars.isCjk(b);
                if (cjk && nextCjk) {
                    int key = a << 16 | b;
                    int slot = (key * 0x9E3779B9 >>> 7) & mask;
                    while (table[2 * slot + 1] != 0 && table[2 * slot] != key) {
                        slot = (slot + 1) & mask;
                    }
                    int q = table[2 * slot + 1] - 1;
                    table[2 * slot] = key;
                    table[2 * slot + 1] = p + 1;
                    if (q >= 0) {
                        prev[p] = q;
                        next[q] = p;
                    }
                } else {
                    prev[p] = -2;
                }
                cjk = nextCjk;
            }
            if (n > 0) {
                prev[n - 1] = -2;
            }
            id = new int[n];
            int k = 0;
            for (int p = 0; p < n; p++) {
                id[p] = prev[p] == -2 ? -1 : prev[p] >= 0 ? id[prev[p]] : k++;
            }
            ids = k;
        }

        /**
         * Each bigram position's weight: log(1 + blocks / blocks holding the bigram), the page cut into blocks of
         * {@code block} characters; a bigram found all over the page (工作, 发展) weighs little.
         */
        double[] rarity(int block) {
            int n = text.length();
            int[] root = new int[n];
            int[] df = new int[n];
            for (int p = 0; p < n; p++) {
                root[p] = prev[p] >= 0 ? root[prev[p]] : p;
            }
            int blocks = 0;
            for (int b = 0; b < n; b += block) {
                blocks++;
                int end = Math.min(n, b + block + 1);
                for (int p = b; p + 1 < end; p++) {
                    if (isBigram(p) && prev[p] < b) {
                        df[root[p]]++;
                    }
                }
            }
            double[] w = new double[n];
            for (int p = 0; p < n; p++) {
                w[p] = isBigram(p) ? Math.log(1.0 + blocks / (double) Math.max(1, df[root[p]])) : 0;
            }
            return w;
        }

        private boolean isBigram(int p) {
            return prev[p] != -2;
        }

        /** Distinct bigrams in {@code [from, to)}. */
        int distinct(int from, int to) {
            return (int) distinctWeight(null, from, to);
        }

        /** The weights ({@code w}, one per position; null: 1 each) of the distinct bigrams in {@code [from, to)}. */
        double distinctWeight(double[] w, int from, int to) {
            double k = 0;
            for (int p = from; p + 1 < to; p++) {
                if (isBigram(p) && prev[p] < from) {
                    k += w == null ? 1 : w[p];
                }
            }
            return k;
        }

        /** Distinct bigrams of {@code [from2, to2)} also in the earlier window {@code [from1, to1)} ({@code to1 <= from2}). */
        int shared(int from1, int to1, int from2, int to2) {
            return (int) sharedWeight(null, from1, to1, from2, to2);
        }

        /** The weights ({@code w}; null: 1 each) of the bigrams {@link #shared} counts. */
        double sharedWeight(double[] w, int from1, int to1, int from2, int to2) {
            double k = 0;
            for (int p = from2; p + 1 < to2; p++) {
                if (isBigram(p) && prev[p] < from2) {
                    int q = prev[p];
                    while (q >= 0 && q + 1 >= to1) {
                        q = prev[q];
                    }
                    if (q >= from1) {
                        k += w == null ? 1 : w[p];
                    }
                }
            }
            return k;
        }

        /** Distinct bigrams of {@code [from, to)} also in the window {@code [to, ahead)} right after it. */
        int sharedAhead(int from, int to, int ahead) {
            int k = 0;
            for (int p = from; p + 1 < to; p++) {
                if (isBigram(p) && prev[p] < from) {
                    int q = next[p];
                    while (q < to) {
                        q = next[q];
                    }
                    k += q != Integer.MAX_VALUE && q + 1 < ahead ? 1 : 0;
                }
            }
            return k;
        }
    }
}
