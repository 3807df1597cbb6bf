package io.newspipe.text.gen;

import io.newspipe.model.RawPage;
import io.newspipe.text.learn.PerceptronTrainer;
import io.newspipe.text.page.LineFeatures;
import io.newspipe.text.page.LineLabeller;
import io.newspipe.text.page.LineLabels;
import io.newspipe.text.page.LogicalLines;
import io.newspipe.text.page.LineRole;
import io.newspipe.text.page.PageRepair;
import io.newspipe.text.page.RepairedPage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Generated pages as the line labeller learns from them: each page repaired as the pipeline repairs it, its lines
 * matched with the generator's, and labelled with their true role and whether they open an article. A page whose
 * repaired lines do not match the generated ones one for one (repair joined or dropped one) is left out and counted.
 * Not thread-safe.
 */
public final class SplitterCorpus {
    private final PageRepair repair = new PageRepair();
    private int skipped;

    /** The repaired page of a generated one. */
    public RepairedPage repaired(GeneratedPage page, String id) {
        return repair.repair(new RawPage(id, "generated", Instant.EPOCH, "UTF-8", page.text(), page.text().length()));
    }

    /** A page's repaired lines and the truth of each. */
    private record Labelled(List<RepairedPage.Line> lines, List<LineRole> roles, List<Boolean> opens) {
    }

    /** The page's lines with their true labels, or null when its lines cannot be matched (counted as skipped). */
    private Labelled labelled(GeneratedPage page) {
        List<RepairedPage.Line> lines = repaired(page, "train").lines();
        List<GeneratedPage.Line> truth = page.lines();
        if (lines.size() != truth.size()) {
            skipped++;
            return null;
        }
        List<LineRole> roles = new ArrayList<>(truth.size());
        List<Boolean> opens = new ArrayList<>(truth.size());
        for (int i = 0; i < truth.size(); i++) {
            GeneratedPage.Line t = truth.get(i);
            if (!lines.get(i).text().isEmpty() && !PageRepair.cleanLine(t.text()).equals(lines.get(i).text())) {
                skipped++;
                return null;
            }
            roles.add(t.role());
            opens.add(t.opensArticle() || i == 0);
        }
        return new Labelled(lines, roles, opens);
    }

    /**
     * The true first-pass labels of the page's repaired lines ({@link LineLabels}), or null when its lines cannot be
     * matched (counted as skipped).
     */
    public int[] truthLabels(GeneratedPage page) {
        Labelled l = labelled(page);
        return l == null ? null : LineLabels.of(l.roles(), l.opens());
    }

    /** The first pass's training example of a page (its physical lines), or null when its lines cannot be matched. */
    public PerceptronTrainer.Example example(GeneratedPage page) {
        Labelled l = labelled(page);
        return l == null ? null : new PerceptronTrainer.Example(LineFeatures.of(l.lines(), false), LineLabels.of(l.roles(), l.opens()));
    }

    /**
     * The second pass's training example of a page: its lines joined into logical lines where {@code firstPass} reads
     * a continuation (so the second pass learns from what it will be given, the first pass's mistakes included), each
     * labelled with the truth of the physical line it starts at; null when the page's lines cannot be matched.
     */
    public PerceptronTrainer.Example logicalExample(GeneratedPage page, LineLabeller firstPass) {
        Labelled l = labelled(page);
        if (l == null) {
            return null;
        }
        LogicalLines.Joined joined = LogicalLines.of(l.lines(), firstPass.label(l.lines()));
        List<LineRole> roles = new ArrayList<>(joined.first().length);
        List<Boolean> opens = new ArrayList<>(joined.first().length);
        for (int i : joined.first()) {
            roles.add(l.roles().get(i));
            opens.add(l.opens().get(i));
        }
        return new PerceptronTrainer.Example(LineFeatures.of(joined.lines(), true), LineLabels.of(roles, opens));
    }

    /**
     * {@code n} examples from the generator (pages that cannot be matched are replaced by the next ones): the first
     * pass's when {@code firstPass} is null, else the second pass's over what {@code firstPass} joins.
     */
    public List<PerceptronTrainer.Example> examples(PageGenerator generator, int n, LineLabeller firstPass) {
        List<PerceptronTrainer.Example> out = new ArrayList<>(n);
        while (out.size() < n) {
            GeneratedPage page = generator.next();
            PerceptronTrainer.Example e = firstPass == null ? example(page) : logicalExample(page, firstPass);
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    public int skipped() {
        return skipped;
    }
}
