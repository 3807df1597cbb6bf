package io.newspipe.cli;

import io.newspipe.text.enrich.EntityExtractor;
import io.newspipe.text.ner.BioReader;
import io.newspipe.text.ner.BioSentence;
import io.newspipe.text.ner.CharFeatures;
import io.newspipe.text.ner.CharNerModel;
import io.newspipe.text.ner.CharNerTrainer;
import io.newspipe.text.ner.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "train-ner", description = "Train the character NER model on BIO files (the shipped model: "
        + "../shared/ner/peoples_daily_test_bio.txt ../shared/ner/peoples_daily_dev_bio.txt, 15 epochs, min count 2, one augmented copy).")
final class TrainNerCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "Where to write the model (enrich-streams/src/main/resources/ner/char-perceptron.bin.gz ships it).")
    Path out;
    @Option(names = "--epochs", defaultValue = "15")
    int epochs;
    @Option(names = "--min-count", defaultValue = "2", description = "Leave out features seen fewer times (default: ${DEFAULT-VALUE}).")
    int minCount;
    @Option(names = "--eval", description = "A BIO file to score the new model on.")
    Path eval;
    @Option(names = "--augment", defaultValue = "1", description = "Copies of the corpus with entities swapped for others of their type (default: ${DEFAULT-VALUE}).")
    int augment;
    @Parameters(arity = "1..*", paramLabel = "TRAIN")
    List<Path> train;

    @Override
    public Integer call() throws Exception {
        List<BioSentence> corpus = new ArrayList<>();
        for (Path f : train) {
            corpus.addAll(BioReader.read(f));
        }
        CharFeatures features =
                new CharFeatures(EntityExtractor.segment());
        CharNerModel model = new CharNerTrainer(features, epochs, minCount, 1,
                augment).train(corpus, System.out::println);
        try (OutputStream o = Files.newOutputStream(out)) {
            model.write(o);
        }
        System.out.println("wrote " + out + " (" + Files.size(out) + " bytes)");
        if (eval != null) {
            System.out.println(NerEvaluation.score(eval,
                    t -> BioSentence.spans(model.tag(features.of(t)))).report());
        }
        return 0;
    }
}
