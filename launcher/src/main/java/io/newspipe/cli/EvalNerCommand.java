package io.newspipe.cli;

import io.newspipe.text.enrich.EntityExtractor;
import io.newspipe.text.ner.NerEvaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval-ner", description = "Score the enricher's entity recognition on a BIO file (one character and tag a line): "
        + "exact spans, per type and micro-averaged; the last line is ALL P … R … F1 ….")
final class EvalNerCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        EntityExtractor extractor = new EntityExtractor();
        for (Path f : files) {
            if (files.size() > 1) {
                System.out.println("== " + f);
            }
            System.out.println(NerEvaluation.score(f, extractor::spans).report());
        }
        return 0;
    }
}
