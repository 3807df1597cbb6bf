package io.newspipe.cli;

import io.newspipe.text.enrich.EntityExtractor;
import io.newspipe.text.ner.NerEvaluation;
import io.newspipe.text.ner.NerScore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "eval-ner", description = "Score the enricher's entity recognition on a BIO file (one character and tag a line): "
        + "exact spans, per type and micro-averaged; the last line is ALL P … R … F1 …. With --documents each file "
        + "is one document (a page) and several files are also pooled.")
final class EvalNerCommand implements Callable<Integer> {
    @Option(names = "--documents", description = "Read each file as one document (its lines one text), not as "
            + "unrelated sentences; with several files, also print the pooled score.")
    boolean documents;

    @Option(names = "--tagger-only", description = "Score the character tagger alone, without the composition step "
            + "(gazetteer, suffix chains, bylines) and name propagation: the 'before' of the README table.")
    boolean taggerOnly;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
        EntityExtractor extractor = taggerOnly ? EntityExtractor.taggerOnly() : new EntityExtractor();
        NerScore pooled = new NerScore();
        for (Path f : files) {
            if (files.size() > 1) {
                System.out.println("== " + f);
            }
            NerScore score = documents ? NerEvaluation.scoreDocument(f, extractor::spans)
                    : NerEvaluation.score(f, extractor::spans);
            pooled.add(score);
            System.out.println(score.report());
        }
        if (files.size() > 1) {
            System.out.println("== pooled");
            System.out.println(pooled.report());
        }
        return 0;
    }
}
