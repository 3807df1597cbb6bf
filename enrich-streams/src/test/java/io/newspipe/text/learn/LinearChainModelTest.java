package io.newspipe.text.learn;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;

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
