package io.newspipe.text.learn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LinearChainModelTest {
    /** Labels 0 (O), 1 (B), 2 (I): I only after B or I. */
    private static final LinearChainModel.Constraint BIO = (prev, cur) -> cur != 2 || prev == 1 || prev == 2;

    @Test
    void viterbiKeepsToTheConstraint() {
        // Greedy would say O I I; the constraint forces a B first.
        float[][] emit = {{1, 0, 0}, {0, 4, 5}, {0, 0, 5}};
        int[] path = LinearChainModel.viterbi(emit, new float[4 * 3], 3, BIO);
        assertArrayEquals(new int[]{0, 1, 2}, path);
        assertEquals(0, LinearChainModel.viterbi(new float[0][], new float[4 * 3], 3, BIO).length);
    }

    /** Labels 0–3 open or go on anywhere; 4 only after 0 or 4, 5 only after 1 or 5 (a continuation has two). */
    private static final LinearChainModel.Constraint CHAINS = (prev, cur) ->
            cur < 4 || prev == cur || prev == cur - 4;

    @Test
    void viterbiFindsTheBestAllowedPathAsAnExhaustiveSearchDoes() {
        Random r = new Random(7);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + r.nextInt(5);
            float[][] emit = draws(n, 6, r::nextGaussian);
            float[] trans = draws(1, 7 * 6, r::nextGaussian)[0];
            int[] path = LinearChainModel.viterbi(emit, trans, 6, CHAINS);
            float best = Float.NEGATIVE_INFINITY;
            int[] candidate = new int[n];
            for (int code = 0; code < Math.pow(6, n); code++) {
                int c = code;
                for (int i = 0; i < n; i++) {
                    candidate[i] = c % 6;
                    c /= 6;
                }
                best = Math.max(best, score(candidate, emit, trans, 6));
            }
            assertEquals(best, score(path, emit, trans, 6), "trial " + trial);
        }
    }

    @Test
    void viterbiBreaksTiesAsTheLabelByLabelRecursionDoes() {
        // Scores of a few whole values tie often; the path must be the one the plain recursion (each label's allowed
        // predecessors in ascending order, the first best kept) gives, so that a faster loop changes no label.
        Random r = new Random(11);
        for (int trial = 0; trial < 2000; trial++) {
            int n = 1 + r.nextInt(12);
            float[][] emit = draws(n, 6, () -> r.nextInt(3));
            float[] trans = draws(1, 7 * 6, () -> r.nextInt(2))[0];
            assertArrayEquals(plainViterbi(emit, trans, 6, CHAINS), LinearChainModel.viterbi(emit, trans, 6, CHAINS),
                    "trial " + trial);
        }
    }

    /** {@code rows} × {@code columns} values, each drawn from {@code draw}, row by row. */
    private static float[][] draws(int rows, int columns, DoubleSupplier draw) {
        float[][] out = new float[rows][columns];
        for (float[] row : out) {
            for (int j = 0; j < columns; j++) {
                row[j] = (float) draw.getAsDouble();
            }
        }
        return out;
    }

    /** A path's score summed in the order the recursion sums it; -inf when the constraint bars it. */
    private static float score(int[] path, float[][] emit, float[] trans, int labels) {
        if (!CHAINS.allowed(-1, path[0])) {
            return Float.NEGATIVE_INFINITY;
        }
        float s = emit[0][path[0]] + trans[labels * labels + path[0]];
        for (int i = 1; i < path.length; i++) {
            if (!CHAINS.allowed(path[i - 1], path[i])) {
                return Float.NEGATIVE_INFINITY;
            }
            s = s + trans[path[i - 1] * labels + path[i]] + emit[i][path[i]];
        }
        return s;
    }

    /** The recursion label by label, each label's allowed predecessors visited in ascending order. */
    private static int[] plainViterbi(float[][] emit, float[] trans, int labels, LinearChainModel.Constraint c) {
        int n = emit.length;
        float[][] score = new float[n][labels];
        int[][] back = new int[n][labels];
        for (int t = 0; t < labels; t++) {
            score[0][t] = c.allowed(-1, t) ? emit[0][t] + trans[labels * labels + t] : Float.NEGATIVE_INFINITY;
        }
        for (int i = 1; i < n; i++) {
            for (int t = 0; t < labels; t++) {
                float best = Float.NEGATIVE_INFINITY;
                int arg = 0;
                for (int p = 0; p < labels; p++) {
                    if (c.allowed(p, t) && score[i - 1][p] != Float.NEGATIVE_INFINITY
                            && score[i - 1][p] + trans[p * labels + t] > best) {
                        best = score[i - 1][p] + trans[p * labels + t];
                        arg = p;
                    }
                }
                score[i][t] = best + emit[i][t];
                back[i][t] = arg;
            }
        }
        int[] path = new int[n];
        float best = Float.NEGATIVE_INFINITY;
        for (int t = 0; t < labels; t++) {
            if (score[n - 1][t] > best) {
                best = score[n - 1][t];
                path[n - 1] = t;
            }
        }
        for (int i = n - 1; i > 0; i--) {
            path[i - 1] = back[i][path[i]];
        }
        return path;
    }

    @Test
    void aBarredLabelIsNeverTakenAndTheChainFindsTheNextBestAroundIt() {
        // Feature 7 marks a span's start, 8 its inside: unbarred, the last position continues the span.
        List<PerceptronTrainer.Example> corpus = List.of(
                new PerceptronTrainer.Example(new long[][]{{9}, {7}, {8}, {8}}, new int[]{0, 1, 2, 2}));
        LinearChainModel m = new PerceptronTrainer(3, BIO, 5, 1, 1).train(corpus, s -> { });
        long[][] sentence = {{9}, {7}, {8}, {8}};
        assertArrayEquals(new int[]{0, 1, 2, 2}, m.tag(sentence, BIO));
        int[] barred = m.tag(sentence, BIO, (i, label) -> i == 2 && label == 2);
        assertEquals(0, barred[0]);
        assertEquals(1, barred[1]);
        assertTrue(barred[2] != 2, "position 2 may not continue");
        assertTrue(barred[3] != 2 || barred[2] == 1, "an inside label still needs a start before it");
    }

    @Test
    void aTrainedModelLearnsTheSequenceAndRoundTripsToTheSameBytes() throws Exception {
        // Feature 7 marks the start of a span, 8 its inside, 9 outside.
        List<PerceptronTrainer.Example> corpus = List.of(
                new PerceptronTrainer.Example(new long[][]{{9}, {7}, {8}, {8}, {9}}, new int[]{0, 1, 2, 2, 0}),
                new PerceptronTrainer.Example(new long[][]{{7}, {8}, {9}}, new int[]{1, 2, 0}));
        LinearChainModel m = new PerceptronTrainer(3, BIO, 5, 1, 1).train(corpus, s -> { });
        assertArrayEquals(new int[]{0, 1, 2, 0}, m.tag(new long[][]{{9}, {7}, {8}, {9}}, BIO));
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        m.write(once);
        LinearChainModel again = LinearChainModel.read(new ByteArrayInputStream(once.toByteArray()), 3);
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        again.write(twice);
        assertArrayEquals(once.toByteArray(), twice.toByteArray());
        assertThrows(java.io.IOException.class, () -> LinearChainModel.read(new ByteArrayInputStream(once.toByteArray()), 4),
                "a model of another label set is refused");
    }

    @Test
    void anAverageScoresAsTheMeanOfItsModels() throws Exception {
        // Two runs that learned one span each, on features the other never saw.
        LinearChainModel spans = new PerceptronTrainer(3, BIO, 5, 1, 1).train(List.of(
                new PerceptronTrainer.Example(new long[][]{{9}, {7}, {8}, {9}}, new int[]{0, 1, 2, 0})), s -> { });
        LinearChainModel others = new PerceptronTrainer(3, BIO, 5, 1, 1).train(List.of(
                new PerceptronTrainer.Example(new long[][]{{19}, {17}, {18}, {19}}, new int[]{0, 1, 2, 0})), s -> { });
        LinearChainModel mean = LinearChainModel.average(List.of(spans, others));
        assertEquals(spans.features.size() + others.features.size(), mean.features.size(), "the union of the features");
        for (long f : new long[]{7, 17}) {
            LinearChainModel own = spans.knows(f) ? spans : others;
            int from = own.features.get(f) * 3;
            int to = mean.features.get(f) * 3;
            for (int t = 0; t < 3; t++) {
                assertEquals(own.weights[from + t] / 2, mean.weights[to + t], 1e-6,
                        "a feature one model lacks counts 0 there");
            }
        }
        for (int i = 0; i < mean.transitions.length; i++) {
            assertEquals((spans.transitions[i] + others.transitions[i]) / 2, mean.transitions[i], 1e-6);
        }
        // Both runs' spans are found by the mean, each where only its own features speak.
        assertArrayEquals(new int[]{0, 1, 2, 0}, mean.tag(new long[][]{{9}, {7}, {8}, {9}}, BIO));
        assertArrayEquals(new int[]{0, 1, 2, 0}, mean.tag(new long[][]{{19}, {17}, {18}, {19}}, BIO));
        // A model averaged with itself is itself, to the byte.
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        spans.write(once);
        ByteArrayOutputStream doubled = new ByteArrayOutputStream();
        LinearChainModel.average(List.of(spans, spans)).write(doubled);
        assertArrayEquals(once.toByteArray(), doubled.toByteArray());
        assertThrows(IllegalArgumentException.class, () -> LinearChainModel.average(List.of()));
    }
}
