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
}
