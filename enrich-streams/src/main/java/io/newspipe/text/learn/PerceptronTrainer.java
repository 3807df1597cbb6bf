package io.newspipe.text.learn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Trains a {@link LinearChainModel} as an averaged structured perceptron (Collins 2002): for each sequence, decode with
 * the current weights; where the best path differs from the gold labels, add the gold path's features and subtract the
 * predicted path's. The average of the weights over all steps is the model (the usual lazy-update form). Features
 * seen fewer than {@code minCount} times are left out; rows are numbered in key order. Deterministic for a seed.
 * Not thread-safe.
 */
public final class PerceptronTrainer {
    /** One training sequence: each position's features and its gold label. */
    public record Example(long[][] features, int[] gold) {
    }

    private final int labels;
    private final LinearChainModel.Constraint constraint;
    private final int epochs;
    private final int minCount;
    private final long seed;

    public PerceptronTrainer(int labels, LinearChainModel.Constraint constraint, int epochs, int minCount, long seed) {
        this.labels = labels;
        this.constraint = constraint;
        this.epochs = epochs;
        this.minCount = minCount;
        this.seed = seed;
    }

    private record Indexed(int[][] ids, int[] gold) {
    }

    public LinearChainModel train(List<Example> corpus, Consumer<String> progress) {
        int T = labels;
        Map<Long, Integer> counts = new HashMap<>();
        for (Example ex : corpus) {
            for (long[] pos : ex.features()) {
                for (long x : pos) {
                    counts.merge(x, 1, Integer::sum);
                }
            }
        }
        LongIntMap index = new LongIntMap(counts.size());
        counts.entrySet().stream().filter(e -> e.getValue() >= minCount).map(Map.Entry::getKey).sorted()
                .forEach(key -> index.put(key, index.size()));
        List<Indexed> examples = new ArrayList<>(corpus.size());
        for (Example ex : corpus) {
            int[][] ids = new int[ex.features().length][];
            for (int i = 0; i < ids.length; i++) {
                ids[i] = Arrays.stream(ex.features()[i]).mapToInt(index::get).filter(id -> id >= 0).toArray();
            }
            examples.add(new Indexed(ids, ex.gold()));
        }
        progress.accept(String.format("%d sequences, %d features (seen at least %d times)", corpus.size(), index.size(),
                minCount));
        float[] w = new float[index.size() * T];
        float[] u = new float[w.length];
        float[] tr = new float[(T + 1) * T];
        float[] tu = new float[tr.length];
        long c = 1;
        Random random = new Random(seed);
        for (int epoch = 1; epoch <= epochs; epoch++) {
            Collections.shuffle(examples, random);
            int errors = 0;
            for (Indexed ex : examples) {
                int n = ex.gold().length;
                float[][] emit = new float[n][T];
                for (int i = 0; i < n; i++) {
                    for (int id : ex.ids()[i]) {
                        for (int t = 0; t < T; t++) {
                            emit[i][t] += w[id * T + t];
                        }
                    }
                }
                int[] pred = LinearChainModel.viterbi(emit, tr, T, constraint);
                boolean wrong = false;
                for (int i = 0; i < n; i++) {
                    int g = ex.gold()[i];
                    int p = pred[i];
                    int gp = i == 0 ? T : ex.gold()[i - 1];
                    int pp = i == 0 ? T : pred[i - 1];
                    if (g != p) {
                        wrong = true;
                        for (int id : ex.ids()[i]) {
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
            progress.accept(String.format("epoch %d: %d of %d sequences wrong", epoch, errors, examples.size()));
        }
        float[] avg = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            avg[i] = w[i] - u[i] / c;
        }
        float[] tavg = new float[tr.length];
        for (int i = 0; i < tr.length; i++) {
            tavg[i] = tr[i] - tu[i] / c;
        }
        return new LinearChainModel(T, index, avg, tavg);
    }
}
