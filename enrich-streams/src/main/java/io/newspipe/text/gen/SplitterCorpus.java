package io.newspipe.text.gen;

import io.newspipe.model.RawPage;
import io.newspipe.text.learn.PerceptronTrainer;
import io.newspipe.text.page.LineFeatures;
import io.newspipe.text.page.LineLabels;
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

    /** The training example of a page, or null when its lines cannot be matched. */
    public PerceptronTrainer.Example example(GeneratedPage page) {
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
        return new PerceptronTrainer.Example(LineFeatures.of(lines), LineLabels.of(roles, opens));
    }

    /** {@code n} examples from the generator (pages that cannot be matched are replaced by the next ones). */
    public List<PerceptronTrainer.Example> examples(PageGenerator generator, int n) {
        List<PerceptronTrainer.Example> out = new ArrayList<>(n);
        while (out.size() < n) {
            PerceptronTrainer.Example e = example(generator.next());
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
