package io.newspipe.cli;

import io.newspipe.text.gen.ArticleSource;
import io.newspipe.text.gen.PageGenerator;
import io.newspipe.text.gen.SplitterCorpus;
import io.newspipe.text.learn.LinearChainModel;
import io.newspipe.text.learn.PerceptronTrainer;
import io.newspipe.text.page.LineLabeller;
import io.newspipe.text.page.LineLabels;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train-splitter", description = "Train a line labeller of the split stage on generated pages, then score it on held-out "
        + "generated pages (../shared/ner/peoples_daily_test_bio.txt, generator seed 20261127). Without --logical: the first pass, over "
        + "physical lines (shipped: ../shared/ner/peoples_daily_dev_bio.txt, --topical, 32000 pages, generator seed 1, 30 epochs, min count 2); "
        + "with --logical: the second pass, over the logical lines the first pass (shipped, or --first-pass) joins (shipped: --topical --share 0.5). "
        + "With --topical the --eval-bio pages are topical too.")
final class TrainSplitterCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Where to write the model (enrich-streams/src/main/resources/splitter/line-perceptron.bin.gz ships it).")
    Path out;
    @Option(names = "--pages", defaultValue = "32000", description = "Generated training pages (default: ${DEFAULT-VALUE}).")
    int pages;
    @Option(names = "--seed", split = ",", defaultValue = "1", description = "Generator seed of the training pages; several "
            + "(1,3,5) train one model on each seed's pages and write their average (LinearChainModel.average) "
            + "(default: ${DEFAULT-VALUE}).")
    List<Long> seeds;
    @Option(names = "--epochs", defaultValue = "30")
    int epochs;
    @Option(names = "--min-count", defaultValue = "2")
    int minCount;
    @Option(names = "--eval-bio", description = "People's Daily BIO file whose sentences make the held-out pages (never the training one).")
    Path evalBio;
    @Option(names = "--eval-pages", defaultValue = "500")
    int evalPages;
    @Option(names = "--logical", description = "Train the second pass (logical lines) instead of the first.")
    boolean logical;
    @Option(names = "--first-pass", description = "With --logical: the first pass's model file (default: the shipped one).")
    Path firstPass;
    @Mixin
    StoryOptions stories = new StoryOptions();
    @Option(names = "--share", defaultValue = "1", description = "With --wander or --topical: the share of the pages drawn from that "
            + "source (generator seed); the rest are chained pages (generator seed + 1) (default: ${DEFAULT-VALUE}).")
    double share;
    @Parameters(arity = "1..*", paramLabel = "BIO", description = "People's Daily BIO files whose sentences and names make the training articles (with the seed articles).")
    List<Path> train;

    @Override
    public Integer call() throws Exception {
        LineLabeller first = logical ? EvalSplitterCommand.labeller(firstPass, LineLabeller.shipped()) : null;
        // Read once: each run draws its pages from sources derived afresh from it.
        ArticleSource chained = ArticleSource.of(train, true);
        List<LinearChainModel> runs = new ArrayList<>();
        for (long seed : seeds) {
            runs.add(train(seed, chained, first));
        }
        LinearChainModel model = runs.size() == 1 ? runs.get(0) : LinearChainModel.average(runs);
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        if (evalBio != null) {
            LineLabeller trained = new LineLabeller(model);
            ArticleSource heldOut = ArticleSource.of(List.of(evalBio), false);
            EvalSplitterCommand.report(logical ? first : trained, logical ? trained : LineLabeller.shippedLogical(),
                    stories.topical ? heldOut.topical() : heldOut,
                    EvalSplitterCommand.HELD_OUT_SEED, evalPages);
        }
        return 0;
    }

    /** One model trained on the pages of generator seed {@code seed} (and {@code seed + 1} for the chained share). */
    private LinearChainModel train(long seed, ArticleSource chained, LineLabeller first) throws Exception {
        SplitterCorpus corpus = new SplitterCorpus();
        ArticleSource source = stories.of(chained);
        int drawn = stories.drawn() ? (int) Math.round(pages * share) : pages;
        List<PerceptronTrainer.Example> examples = new ArrayList<>(
                corpus.examples(new PageGenerator(source, seed), drawn, first));
        if (drawn < pages) {
            examples.addAll(corpus.examples(new PageGenerator(chained.leading(stories.leads), seed + 1), pages - drawn, first));
        }
        System.out.printf("generator seed %d: %d training pages (%d left out: repair joined or dropped a line)%n", seed,
                examples.size(), corpus.skipped());
        return new PerceptronTrainer(LineLabels.COUNT, LineLabels.CONSTRAINT, epochs, minCount, seed)
                .train(examples, System.out::println);
    }
}
