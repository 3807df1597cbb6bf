package io.newspipe.text.dedup;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OverlapSketchTest {
    private final MinHash minHash = NearDuplicates.DEFAULTS.minHash();
    private final Shingles shingles = new Shingles(4);

    private OverlapSketch sketch(String s) {
        return OverlapSketch.of(minHash.signature(s));
    }

    private double exact(String a, String b) {
        Set<Long> x = shingles.counts(a).keySet();
        Set<Long> y = shingles.counts(b).keySet();
        Set<Long> both = new HashSet<>(x);
        both.retainAll(y);
        return both.size() / (double) (x.size() + y.size() - both.size());
    }

    /** A text of {@code n} numbered sentences, {@code from} on. */
    private static String sentences(int from, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            b.append("第").append(i).append("条消息说，网格员当天走访了").append(i % 7).append("户居民。");
        }
        return b.toString();
    }

    @Test
    void estimatesTheJaccardSimilarityOfTheShingleSets() {
        String a = sentences(0, 40);
        assertEquals(1.0, sketch(a).jaccard(sketch(a)));
        // Half the sentences shared, the rest different: the true similarity is about a third.
        String b = sentences(20, 40);
        double truth = exact(a, b);
        assertEquals(truth, sketch(a).jaccard(sketch(b)), 0.12, "estimate of " + truth);
        assertTrue(sketch(a).jaccard(sketch("完全不同的一段文字，讲的是另一件事情，与前文毫无关系。")) < 0.1);
    }

    @Test
    void sixtyFourBytesRoundTrip() {
        OverlapSketch s = sketch(sentences(0, 10));
        assertEquals(OverlapSketch.BYTES, s.toBytes().length);
        assertEquals(64, OverlapSketch.BYTES);
        assertArrayEquals(s.toBytes(), OverlapSketch.fromBytes(s.toBytes()).toBytes());
        assertEquals(s, OverlapSketch.fromBytes(s.toBytes()));
    }
}
