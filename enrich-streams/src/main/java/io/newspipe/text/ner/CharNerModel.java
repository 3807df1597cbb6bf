package io.newspipe.text.ner;

import io.newspipe.text.learn.LinearChainModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * A character-level sequence tagger (BIO over PER, LOC, ORG): a {@link LinearChainModel} over {@link CharFeatures},
 * decoded by Viterbi under the BIO constraint (I-X only after B-X or I-X). Trained as an averaged structured
 * perceptron (Collins 2002). Immutable after training or loading, so one instance serves all threads.
 */
public final class CharNerModel {
    public static final List<String> TAGS = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG");
    static final int T = TAGS.size();
    /** O and B-X may follow anything; I-X only B-X or I-X. */
    static final LinearChainModel.Constraint BIO = CharNerModel::allowed;

    private final LinearChainModel model;

    CharNerModel(LinearChainModel model) {
        this.model = model;
    }

    /** The tag of each character. */
    public List<String> tag(long[][] sentenceFeatures) {
        List<String> out = new ArrayList<>(sentenceFeatures.length);
        for (int t : model.tag(sentenceFeatures, BIO)) {
            out.add(TAGS.get(t));
        }
        return out;
    }

    /** Whether the model has weights for this feature key. */
    boolean knows(long feature) {
        return model.knows(feature);
    }

    static boolean allowed(int prev, int cur) {
        if (cur == 0 || cur % 2 == 1) {
            return true;
        }
        return prev == cur || prev == cur - 1;
    }

    public void write(OutputStream out) throws IOException {
        model.write(out);
    }

    public static CharNerModel read(InputStream in) throws IOException {
        return new CharNerModel(LinearChainModel.read(in, T));
    }
}
