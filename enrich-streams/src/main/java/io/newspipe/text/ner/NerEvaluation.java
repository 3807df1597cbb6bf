package io.newspipe.text.ner;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Scores a recogniser (text → spans) on a BIO file: exact spans, per type and micro-averaged. */
public final class NerEvaluation {
    private NerEvaluation() {
    }

    public static NerScore score(Path bio, Function<String, List<BioSentence.Span>> recogniser) throws Exception {
        NerScore score = new NerScore();
        for (BioSentence s : BioReader.read(bio)) {
            score.add(s.spans(), recogniser.apply(s.text()));
        }
        return score;
    }
}
