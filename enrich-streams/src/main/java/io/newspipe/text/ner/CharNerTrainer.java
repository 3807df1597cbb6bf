package io.newspipe.text.ner;

import io.newspipe.text.learn.PerceptronTrainer;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Trains a {@link CharNerModel} on BIO sentences (and copies of them with their entities swapped, when asked) with the
 * averaged structured perceptron of {@link PerceptronTrainer}. Deterministic for a given seed. Not thread-safe.
 */
public final class CharNerTrainer {
    private final CharFeatures featurizer;
    private final int epochs;
    private final int minCount;
    private final long seed;
    private final int augmentCopies;

    public CharNerTrainer(CharFeatures featurizer, int epochs, int minCount, long seed) {
        this(featurizer, epochs, minCount, seed, 0);
    }

    /** @param augmentCopies copies of the corpus with its mentions replaced ({@link MentionReplacement}); 0 for none */
    public CharNerTrainer(CharFeatures featurizer, int epochs, int minCount, long seed, int augmentCopies) {
        this.featurizer = featurizer;
        this.epochs = epochs;
        this.minCount = minCount;
        this.seed = seed;
        this.augmentCopies = augmentCopies;
    }

    public CharNerModel train(List<BioSentence> original, Consumer<String> progress) {
        List<BioSentence> corpus = MentionReplacement.augment(original, augmentCopies, seed);
        List<PerceptronTrainer.Example> examples = new ArrayList<>(corpus.size());
        for (BioSentence s : corpus) {
            examples.add(new PerceptronTrainer.Example(featurizer.of(s.text()),
                    s.tags().stream().mapToInt(CharNerModel.TAGS::indexOf).toArray()));
        }
        return new CharNerModel(new PerceptronTrainer(CharNerModel.T, CharNerModel.BIO, epochs, minCount, seed)
                .train(examples, progress));
    }
}
