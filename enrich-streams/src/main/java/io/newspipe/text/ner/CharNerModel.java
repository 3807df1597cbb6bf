package io.newspipe.text.ner;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A character-level sequence tagger (BIO over PER, LOC, ORG): a linear model over {@link CharFeatures} with tag
 * transitions, decoded by Viterbi under the BIO constraint (I-X only after B-X or I-X). Trained as an averaged
 * structured perceptron (Collins 2002). Immutable after training or loading, so one instance serves all threads.
 */
public final class CharNerModel {
    public static final List<String> TAGS = List.of("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG");
    static final int T = TAGS.size();

    final LongIntMap features;
    final float[] weights;      // features × T
    final float[] transitions;  // (T + 1) × T: row T is the start state

    CharNerModel(LongIntMap features, float[] weights, float[] transitions) {
        this.features = features;
        this.weights = weights;
        this.transitions = transitions;
    }

    /** The tag of each character. */
    public List<String> tag(long[][] sentenceFeatures) {
        int n = sentenceFeatures.length;
        float[][] emit = new float[n][T];
        for (int i = 0; i < n; i++) {
            for (long f : sentenceFeatures[i]) {
                int id = features.get(f);
                if (id >= 0) {
                    int base = id * T;
                    for (int t = 0; t < T; t++) {
                        emit[i][t] += weights[base + t];
                    }
                }
            }
        }
        int[] best = viterbi(emit, transitions);
        List<String> out = new ArrayList<>(n);
        for (int t : best) {
            out.add(TAGS.get(t));
        }
        return out;
    }

    static boolean allowed(int prev, int cur) {
        if (cur == 0 || cur % 2 == 1) {
            return true; // O and B-X may follow anything
        }
        return prev == cur || prev == cur - 1; // I-X after B-X or I-X
    }

    static int[] viterbi(float[][] emit, float[] trans) {
        int n = emit.length;
        if (n == 0) {
            return new int[0];
        }
        float[][] score = new float[n][T];
        int[][] back = new int[n][T];
        for (int t = 0; t < T; t++) {
            score[0][t] = allowed(-1, t) && (t == 0 || t % 2 == 1) ? emit[0][t] + trans[T * T + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < T; t++) {
                float bestScore = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < T; p++) {
                    if (!allowed(p, t) || score[i - 1][p] == Float.NEGATIVE_INFINITY) {
                        continue;
                    }
                    float v = score[i - 1][p] + trans[p * T + t];
                    if (v > bestScore) {
                        bestScore = v;
                        arg = p;
                    }
                }
                score[i][t] = bestScore + emit[i][t];
                back[i][t] = arg;
            }
        }
        int[] path = new int[n];
        float bestScore = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < T; t++) {
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

    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(T);
            for (float v : transitions) {
                d.writeFloat(v);
            }
            // Rows in key order, so the same model always writes the same bytes.
            java.util.TreeMap<Long, Integer> kept = new java.util.TreeMap<>();
            features.forEach((row, key) -> {
                for (int t = 0; t < T; t++) {
                    if (weights[row * T + t] != 0f) {
                        kept.put(key, row);
                        break;
                    }
                }
            });
            d.writeInt(kept.size());
            for (Map.Entry<Long, Integer> e : kept.entrySet()) {
                d.writeLong(e.getKey());
                int base = e.getValue() * T;
                for (int t = 0; t < T; t++) {
                    d.writeFloat(weights[base + t]);
                }
            }
        }
    }

    public static CharNerModel read(InputStream in) throws IOException {
        try (DataInputStream d = new DataInputStream(new GZIPInputStream(in, 1 << 16))) {
            if (d.readInt() != T) {
                throw new IOException("the model was trained for another tag set");
            }
            float[] trans = new float[(T + 1) * T];
            for (int i = 0; i < trans.length; i++) {
                trans[i] = d.readFloat();
            }
            int n = d.readInt();
            LongIntMap features = new LongIntMap(n);
            float[] weights = new float[n * T];
            for (int i = 0; i < n; i++) {
                features.put(d.readLong(), i);
                for (int t = 0; t < T; t++) {
                    weights[i * T + t] = d.readFloat();
                }
            }
            return new CharNerModel(features, weights, trans);
        }
    }
}
