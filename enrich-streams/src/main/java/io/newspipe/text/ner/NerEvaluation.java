package io.newspipe.text.ner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Scores a recogniser (text → spans) on a BIO file: exact spans, per type and micro-averaged; sentence by sentence
 * (the public sets, whose sentences are unrelated) or the whole file as one document (a page, whose lines repeat
 * names the recogniser may carry from one line to another).
 */
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

    /** The file's sentences joined by newlines into one text, recognised at once and scored against the joined gold. */
    public static NerScore scoreDocument(Path bio, Function<String, List<BioSentence.Span>> recogniser) throws Exception {
        StringBuilder text = new StringBuilder();
        List<BioSentence.Span> gold = new ArrayList<>();
        for (BioSentence s : BioReader.read(bio)) {
            int at = text.length();
            for (BioSentence.Span g : s.spans()) {
                gold.add(new BioSentence.Span(at + g.start(), at + g.end(), g.type()));
            }
            text.append(s.text()).append('\n');
        }
        NerScore score = new NerScore();
        score.add(gold, recogniser.apply(text.toString()));
        return score;
    }
}
