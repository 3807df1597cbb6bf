package io.newspipe.text.ner;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link CharNerModel} as an averaged structured perceptron: for each sentence, decode with the current
 * weights; where the best path differs from the gold tags, add the gold path's features and subtract the predicted
 * path's. The average of the weights over all steps is the model (the usual lazy-update form). Features seen fewer
 * than {@code minCount} times are left out. Deterministic for a given seed. Not thread-safe.
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

    private record Example(int[][] features, int[] gold) {
    }

    public CharNerModel train(List<BioSentence> original, Consumer<String> progress) {
        int T = CharNerModel.T;
        List<BioSentence> corpus = MentionReplacement.augment(original, augmentCopies, seed);
        List<long[][]> raw = new ArrayList<>(corpus.size());
        Map<Long, Integer> counts = new HashMap<>();
        for (BioSentence s : corpus) {
            long[][] f = featurizer.of(s.text());
            raw.add(f);
            for (long[] pos : f) {
                for (long x : pos) {
                    counts.merge(x, 1, Integer::sum);
                }
            }
        }
        // Rows numbered in key order: the same corpus always gives the same model, whatever the hash map's order.
        LongIntMap index = new LongIntMap(counts.size());
        counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted()
                .forEach(key -> index.put(key, index.size()));
        List<Example> examples = new ArrayList<>(corpus.size());
        for (int k = 0; k < corpus.size(); k++) {
            long[][] f = raw.get(k);
            int[][] ids = new int[f.length][];
            for (int i = 0; i < f.length; i++) {
                ids[i] = java.util.Arrays.stream(f[i]).mapToInt(index::get).filter(id -> id >= 0).toArray();
            }
            int[] gold = corpus.get(k).tags().stream().mapToInt(CharNerModel.TAGS::indexOf).toArray();
            examples.add(new Example(ids, gold));
        }
        raw.clear();
        progress.accept(String.format("%d sentences, %d features (seen at least %d times)", corpus.size(), index.size(), minCount));

        float[] w = new float[index.size() * T];
        float[] u = new float[w.length];
        float[] tr = new float[(T + 1) * T];
        float[] tu = new float[tr.length];
        long c = 1;
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(examples, random);
            int errors = 0;
            for (Example ex : examples) {
                int n = ex.gold().length;
                float[][] emit = new float[n][T];
                for (int i = 0; i < n; i++) {
                    for (int id : ex.features()[i]) {
                        for (int t = 0; t < T; t++) {
                            emit[i][t] += w[id * T + t];
                        }
                    }
                }
                int[] pred = CharNerModel.viterbi(emit, tr);
                boolean wrong = false;
                for (int i = 0; i < n; i++) {
                    int g = ex.gold()[i];
                    int p = pred[i];
                    int gp = i == 0 ? T : ex.gold()[i - 1];
                    int pp = i == 0 ? T : pred[i - 1];
                    if (g != p) {
                        wrong = true;
                        for (int id : ex.features()[i]) {
                            w[id * T + g] += 1;
                            u[id * T + g] += c;
                            w[id * T + p] -= 1;
                            u[id * T + p] -= c;
                        }
                    }
                    if (g != p || gp != pp) {
                        tr[gp * T + g] += 1;
                        tu[gp * T + g] += c;
                        tr[pp * T + p] -= 1;
                        tu[pp * T + p] -= c;
                    }
                }
                if (wrong) {
                    errors++;
                }
                c++;
            }
            progress.accept(String.format("epoch %d: %d of %d sentences wrong", epoch, errors, examples.size()));
        }
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = w[i] - u[i] / c;
        }
        float[] tavg = new float[tr.length];
        for (int i = 0; i < tr.length; i++) {
            tavg[i] = tr[i] - tu[i] / c;
        }
        return new CharNerModel(index, avg, tavg);
    }
}
