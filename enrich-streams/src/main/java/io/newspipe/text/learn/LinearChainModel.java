package io.newspipe.text.learn;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain sequence labeller: each position's features (64-bit hashes, never 0) score every label, a transition
 * matrix scores label pairs, and Viterbi finds the best path among those the constraint allows. Immutable after
 * training or loading, so one instance serves all threads.
 *
 * <p>File format (gzip): label count, (T + 1) × T transition floats (row T is the start), feature count, then per
 * feature its key and T weights, in key order so that the same model always writes the same bytes.
 */
public final class LinearChainModel {
    /** Which label may follow which; {@code prev} is -1 at the start. */
    @FunctionalInterface
    public interface Constraint {
        boolean allowed(int prev, int cur);
    }

    /** Which label a position may not take, whatever the chain: evidence the features do not carry. */
    @FunctionalInterface
    public interface Barred {
        Barred NONE = (position, label) -> false;

        boolean barred(int position, int label);
    }

    final int labels;
    final LongIntMap features;
    final float[] weights;      // features × T
    final float[] transitions;  // (T + 1) × T: row T is the start state

    LinearChainModel(int labels, LongIntMap features, float[] weights, float[] transitions) {
        this.labels = labels;
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
    }

    public int labels() {
        return labels;
    }

    /** Whether the model has a weight row for this feature. */
    public boolean knows(long feature) {
        return features.get(feature) >= 0;
    }

    /** The best allowed label of each position. */
    public int[] tag(long[][] sentence, Constraint constraint) {
        return tag(sentence, constraint, Barred.NONE);
    }

    /** The best allowed label of each position that {@code barred} leaves it; it must leave each position one. */
    public int[] tag(long[][] sentence, Constraint constraint, Barred barred) {
        int n = sentence.length;
        float[][] emit = new float[n][labels];
        for (int i = 0; i < n; i++) {
            for (long f : sentence[i]) {
                int id = features.get(f);
                if (id >= 0) {
                    int base = id * labels;
                    for (int t = 0; t < labels; t++) {
                        emit[i][t] += weights[base + t];
                    }
                }
            }
            if (barred != Barred.NONE) {
                for (int t = 0; t < labels; t++) {
                    if (barred.barred(i, t)) {
                        emit[i][t] = Float.NEGATIVE_INFINITY;
                    }
                }
            }
        }
        return viterbi(emit, transitions, labels, constraint);
    }

    static int[] viterbi(float[][] emit, float[] trans, int labels, Constraint constraint) {
        int n = emit.length;
        if (n == 0) {
            return new int[0];
        }
        // The constraint asked once per label pair, not once per pair and position: a pair it bars scores -inf. The
        // recursion then runs with the predecessor outside and the label inside, a straight pass over a row of
        // transitions; in ascending order of the predecessor with a strict comparison, as the label-outside form did,
        // so ties go to the same predecessor and the path is the same to the bit.
        float[] allowed = new float[labels * labels];
        for (int p = 0; p < labels; p++) {
            for (int t = 0; t < labels; t++) {
                allowed[p * labels + t] = constraint.allowed(p, t) ? trans[p * labels + t] : Float.NEGATIVE_INFINITY;
            }
        }
        float[][] score = new float[n][labels];
        int[][] back = new int[n][labels];
        for (int t = 0; t < labels; t++) {
            score[0][t] = constraint.allowed(-1, t) ? emit[0][t] + trans[labels * labels + t] : Float.NEGATIVE_INFINITY;
        }
        float[] best = new float[labels];
        for (int i = 1; i < n; i++) {
            float[] before = score[i - 1];
            int[] arg = back[i];
            Arrays.fill(best, Float.NEGATIVE_INFINITY);
            for (int p = 0; p < labels; p++) {
                float s = before[p];
                if (s == Float.NEGATIVE_INFINITY) {
                    continue;
                }
                int row = p * labels;
                for (int t = 0; t < labels; t++) {
                    float v = s + allowed[row + t];
                    if (v > best[t]) {
                        best[t] = v;
                        arg[t] = p;
                    }
                }
            }
            float[] here = score[i];
            float[] e = emit[i];
            for (int t = 0; t < labels; t++) {
                here[t] = best[t] + e[t];
            }
        }
        int[] path = new int[n];
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < labels; t++) {
            if (score[n - 1][t] > bestScore) {
                bestScore = score[n - 1][t];
                path[n - 1] = t;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    /**
     * The mean of models of one label set trained apart (other generator seeds, other shuffles): each feature's weights
     * and each transition averaged, a feature a model lacks counting as zero there: one model that scores as the mean
     * of the runs' scores, at one model's cost. For the splitter's runs on other generator seeds
     * ({@code train-splitter --seed 1,3,5}), which score generated pages alike and the seed pages' re-layouts
     * differently; what the average gave is in the splitter's log (not shipped).
     *
     * @param models at least one, all of {@link #labels()} alike
     */
    public static LinearChainModel average(List<LinearChainModel> models) {
        if (models.isEmpty()) {
            throw new IllegalArgumentException("no model to average");
        }
        int t = models.get(0).labels;
        LongIntMap index = new LongIntMap(models.get(0).features.size() * 2);
        for (LinearChainModel m : models) {
            if (m.labels != t) {
                throw new IllegalArgumentException("models of " + t + " and " + m.labels + " labels");
            }
            m.features.forEach((row, key) -> {
                if (index.get(key) < 0) {
                    index.put(key, index.size());
                }
            });
        }
        float share = 1f / models.size();
        float[] weights = new float[index.size() * t];
        float[] transitions = new float[(t + 1) * t];
        for (LinearChainModel m : models) {
            m.features.forEach((row, key) -> {
                int to = index.get(key) * t;
                for (int l = 0; l < t; l++) {
                    weights[to + l] += m.weights[row * t + l] * share;
                }
            });
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] += m.transitions[i] * share;
            }
        }
        return new LinearChainModel(t, index, weights, transitions);
    }

    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(labels);
            for (float v : transitions) {
                d.writeFloat(v);
            }
            TreeMap<Long, Integer> kept = new TreeMap<>();
            features.forEach((row, key) -> {
                for (int t = 0; t < labels; t++) {
                    if (weights[row * labels + t] != 0f) {
                        kept.put(key, row);
                        break;
                    }
                }
            });
            d.writeInt(kept.size());
            for (Map.Entry<Long, Integer> e : kept.entrySet()) {
                d.writeLong(e.getKey());
                int base = e.getValue() * labels;
                for (int t = 0; t < labels; t++) {
                    d.writeFloat(weights[base + t]);
                }
            }
        }
    }

    /** @param labels the label count the caller expects; a model of another label set is refused */
    public static LinearChainModel read(InputStream in, int labels) throws IOException {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16))) {
            if (d.readInt() != labels) {
                throw new IOException("the model was trained for another label set");
            }
            float[] trans = new float[(labels + 1) * labels];
            for (int i = 0; i < trans.length; i++) {
                trans[i] = d.readFloat();
            }
            int n = d.readInt();
            LongIntMap features = new LongIntMap(n);
            float[] weights = new float[n * labels];
            for (int i = 0; i < n; i++) {
                features.put(d.readLong(), i);
                for (int t = 0; t < labels; t++) {
                    weights[i * labels + t] = d.readFloat();
                }
            }
            return new LinearChainModel(labels, features, weights, trans);
        }
    }
}
