package io.newspipe.text.gen;

import io.newspipe.model.Article;
import io.newspipe.text.page.PageSplitter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Scores a splitter on generated pages against their truth. An article is found when a produced article's body
 * (whitespace aside) begins with the true body's first 8 characters and ends with its last 8: both boundaries
 * right, as {@code SeedPagesTest} counts on the seed pages; it is exact when the whole body is equal. Title accuracy
 * is over the found articles. Everything is also tallied per layout feature. Not thread-safe.
 */
public final class SplitterEvaluation {
    /** Counts for one group of pages. */
    public static final class Score {
        int expected;
        int produced;
        int found;
        int exact;
        int titles;
        int paragraphs;

        public double precision() {
            return produced == 0 ? 0 : found / (double) produced;
        }

        public double recall() {
            return expected == 0 ? 0 : found / (double) expected;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public double titleAccuracy() {
            return found == 0 ? 0 : titles / (double) found;
        }

        /** Of the found articles, the share whose paragraphs are the true ones, one for one (whitespace aside). */
        public double paragraphShare() {
            return found == 0 ? 0 : paragraphs / (double) found;
        }

        public double exactShare() {
            return found == 0 ? 0 : exact / (double) found;
        }

        public int pages() {
            return expected;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f title %.3f exact %.3f paragraphs %.3f (%d expected, %d produced, %d found)",
                    precision(), recall(), f1(), titleAccuracy(), exactShare(), paragraphShare(), expected, produced, found);
        }
    }

    private final Score all = new Score();
    private final Map<String, Score> perFeature = new TreeMap<>();
    private final SplitterCorpus corpus = new SplitterCorpus();

    /** Splits the page with {@code splitter} and tallies what it found. */
    public void add(GeneratedPage page, PageSplitter splitter) {
        List<Article> produced;
        try {
            produced = splitter.split(corpus.repaired(page, "eval"));
        } catch (IllegalArgumentException e) {
            produced = List.of();
        }
        tally(page, produced);
    }

    /**
     * Splits the page with {@code splitter}, its first pass replaced by the truth (which lines the column wrapped),
     * and tallies what it found: the splitter's error that is not the first pass's. A page whose lines cannot be
     * matched with the truth is left out ({@link #skipped()}).
     */
    public void addWithTrueFirstPass(GeneratedPage page, PageSplitter splitter) {
        int[] truth = corpus.truthLabels(page);
        if (truth == null) {
            return;
        }
        List<Article> produced;
        try {
            produced = splitter.split(corpus.repaired(page, "eval"), truth);
        } catch (IllegalArgumentException e) {
            produced = List.of();
        }
        tally(page, produced);
    }

    /** Pages left out of {@link #addWithTrueFirstPass} (their lines could not be matched with the truth). */
    public int skipped() {
        return corpus.skipped();
    }

    private void tally(GeneratedPage page, List<Article> produced) {
        Score one = new Score();
        tally(one, page.articles(), produced);
        add(all, one);
        page.layout().forEach((feature, value) -> add(perFeature.computeIfAbsent(feature + "=" + value, k -> new Score()), one));
    }

    static void tally(Score s, List<TruthArticle> truth, List<Article> produced) {
        s.expected += truth.size();
        s.produced += produced.size();
        List<Article> left = new ArrayList<>(produced);
        for (TruthArticle t : truth) {
            String body = norm(t.body());
            String first = body.substring(0, Math.min(8, body.length()));
            String last = body.substring(Math.max(0, body.length() - 8));
            for (Article a : left) {
                String b = norm(a.body());
                if (b.startsWith(first) && b.endsWith(last)) {
                    s.found++;
                    s.exact += b.equals(body) ? 1 : 0;
                    s.titles += Objects.equals(norm(t.title()), norm(a.title())) ? 1 : 0;
                    s.paragraphs += t.paragraphs().stream().map(SplitterEvaluation::norm).toList()
                            .equals(a.paragraphs().stream().map(SplitterEvaluation::norm).toList()) ? 1 : 0;
                    left.remove(a);
                    break;
                }
            }
        }
    }

    private static void add(Score into, Score one) {
        into.expected += one.expected;
        into.produced += one.produced;
        into.found += one.found;
        into.exact += one.exact;
        into.titles += one.titles;
        into.paragraphs += one.paragraphs;
    }

    static String norm(String s) {
        return s == null ? null : s.replaceAll("\\s+", "");
    }

    public Score overall() {
        return all;
    }

    /** Scores per layout feature value ("width=8-13", "blank lines=none" …). */
    public Map<String, Score> perFeature() {
        return new LinkedHashMap<>(perFeature);
    }
}
