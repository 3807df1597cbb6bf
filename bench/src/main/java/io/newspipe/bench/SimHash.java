package io.newspipe.bench;

import io.newspipe.text.dedup.Shingles;

import java.util.Map;

/**
 * 64-bit SimHash (Charikar 2002) over weighted shingles: the near-duplicate stage's former verification (distance at
 * most 16 bits), kept here as the baseline the evaluation compares the overlap sketch with. Stateless, thread-safe.
 */
public final class SimHash {
    private final Shingles shingles;

    public SimHash(Shingles shingles) {
        this.shingles = shingles;
    }

    public long of(String body) {
        Map<Long, Integer> counts = shingles.counts(body);
        long[] weights = new long[64];
        for (Map.Entry<Long, Integer> e : counts.entrySet()) {
            long h = e.getKey();
            int w = e.getValue();
            for (int bit = 0; bit < 64; bit++) {
                weights[bit] += ((h >>> bit) & 1L) == 1L ? w : -w;
            }
        }
        long fp = 0;
        for (int bit = 0; bit < 64; bit++) {
            if (weights[bit] > 0) {
                fp |= 1L << bit;
            }
        }
        return fp;
    }

    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }

    /** 1 − distance / 64: the similarity a SimHash distance stands for, as reported on duplicate records. */
    public static double similarity(int distance) {
        return 1.0 - distance / 64.0;
    }
}
