package io.newspipe.cli;

import io.newspipe.text.gen.ArticleSource;
import io.newspipe.text.gen.PageGenerator;
import io.newspipe.text.gen.SplitterEvaluation;
import io.newspipe.text.page.LineLabeller;
import io.newspipe.text.page.PageSplitter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval-splitter", description = "Score the shipped splitter on held-out generated pages: articles found with both "
        + "boundaries right (P, R, F1) and title accuracy, overall and per layout feature.")
final class EvalSplitterCommand implements Callable<Integer> {
    /** The generator seed of the held-out pages: never used while training or tuning. */
    static final long HELD_OUT_SEED = 20261127L;

    @Option(names = "--pages", defaultValue = "500")
    int pages;
    @Option(names = "--seed", defaultValue = "" + HELD_OUT_SEED)
    long seed;
    @Option(names = "--model", description = "The first pass's model file, written by train-splitter (default: the shipped one).")
    Path model;
    @Option(names = "--logical-model", description = "The second pass's model file, written by train-splitter --logical (default: the shipped one).")
    Path logicalModel;
    @Mixin
    StoryOptions stories = new StoryOptions();
    @Option(names = "--one-pass", description = "Assemble the first pass's labels, with no second pass (the splitter before 2026-11-28).")
    boolean onePass;
    @Option(names = "--true-first-pass", description = "Also score the pages with the first pass replaced by the truth (which lines "
            + "the column wrapped): the splitter's error that is not the first pass's.")
    boolean trueFirstPass;
    @Parameters(arity = "1", paramLabel = "BIO", description = "People's Daily BIO file whose sentences make the pages (../shared/ner/peoples_daily_test_bio.txt).")
    Path bio;

    @Override
    public Integer call() throws IOException {
        LineLabeller lines = labeller(model, LineLabeller.shipped());
        LineLabeller logical = onePass ? null : labeller(logicalModel, LineLabeller.shippedLogical());
        // Read once: each kind of story made of it draws its own stories, so both scorings see the same pages.
        ArticleSource sentences = ArticleSource.of(List.of(bio), false);
        report(lines, logical, stories.of(sentences), seed, pages);
        if (trueFirstPass) {
            PageGenerator generator = new PageGenerator(stories.of(sentences), seed);
            PageSplitter splitter = new PageSplitter(lines, logical);
            SplitterEvaluation eval = new SplitterEvaluation();
            for (int i = 0; i < pages; i++) {
                eval.addWithTrueFirstPass(generator.next(), splitter);
            }
            System.out.println("the same pages, the first pass replaced by the truth (" + eval.skipped()
                    + " pages left out: lines not matched): " + eval.overall());
        }
        return 0;
    }

    /** The model in {@code file}, or {@code shipped} when there is none. */
    static LineLabeller labeller(Path file, LineLabeller shipped) throws IOException {
        if (file == null) {
            return shipped;
        }
        try (InputStream in = Files.newInputStream(file)) {
            return LineLabeller.read(in);
        }
    }

    /** Scores the two passes ({@code logical} null: the first alone) on {@code pages} generated pages. */
    static void report(LineLabeller lines, LineLabeller logical, ArticleSource source, long seed, int pages) {
        PageGenerator generator = new PageGenerator(source, seed);
        PageSplitter splitter = new PageSplitter(lines, logical);
        SplitterEvaluation eval = new SplitterEvaluation();
        for (int i = 0; i < pages; i++) {
            eval.add(generator.next(), splitter);
        }
        System.out.println("held-out generated pages (" + pages + ", seed " + seed + "): " + eval.overall());
        eval.perFeature().forEach((feature, score) -> System.out.printf("  %-32s %s%n", feature, score));
    }
}
