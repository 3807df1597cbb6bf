package io.newspipe.text.dedup;

import io.newspipe.text.Hashing;

import java.util.Arrays;

/**
 * MinHash signatures of shingle sets (Broder 1997) and their LSH bands (Leskovec, Rajaraman and Ullman, ch. 3): with
 * b bands of r rows, two sets of Jaccard similarity J share at least one band with probability 1 − (1 − J^r)^b.
 * Each band becomes a key "band:hash of its rows"; articles sharing a key are candidates, verified by their
 * {@link OverlapSketch}, which is made from the same signature. Stateless, thread-safe.
 */
public final class MinHash {
    private final Shingles shingles;
    private final int bands;
    private final int rows;
    private final long[] seeds;

    /** @param hashes how many minimum hashes a signature holds; the bands use the first {@code bands × rows} */
    public MinHash(Shingles shingles, int hashes, int bands, int rows) {
        if (bands < 1 || rows < 1 || bands * rows > hashes) {
            throw new IllegalArgumentException("bands × rows must be positive and at most the hashes: " + bands + "×"
                    + rows + " of " + hashes);
        }
        this.shingles = shingles;
        this.bands = bands;
        this.rows = rows;
        this.seeds = new long[hashes];
        long s = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < seeds.length; i++) {
            s = Hashing.splitMix64(s + 0x9E3779B97F4A7C15L);
            seeds[i] = s;
        }
    }

    public int bands() {
        return bands;
    }

    /** The minimum hashes of the body's shingles under each seed; all Long.MAX_VALUE for an empty body. */
    public long[] signature(String body) {
        long[] sig = new long[seeds.length];
        Arrays.fill(sig, Long.MAX_VALUE);
        for (long h : shingles.distinct(body)) {
            for (int i = 0; i < seeds.length; i++) {
                long v = Hashing.splitMix64(h ^ seeds[i]);
                if (v < sig[i]) {
                    sig[i] = v;
                }
            }
        }
        return sig;
    }

    /** One key per band, tagged with the band's index so that equal rows in different bands never collide. */
    public String[] bandKeys(long[] signature) {
        String[] out = new String[bands];
        for (int b = 0; b < bands; b++) {
            long h = 0x84222325CBF29CE4L ^ b;
            for (int r = 0; r < rows; r++) {
                h = Hashing.splitMix64(h ^ signature[b * rows + r]);
            }
            out[b] = b + ":" + Long.toHexString(h);
        }
        return out;
    }

    /** The probability that two sets of similarity j share a band: the LSH S-curve. */
    public double candidateProbability(double j) {
        return 1 - Math.pow(1 - Math.pow(j, rows), bands);
    }
}
