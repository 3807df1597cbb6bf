package io.newspipe.text;

import java.util.Map;

/**
 * 64-bit SimHash (Charikar 2002) over weighted shingles, and the block scheme of Manku, Jain and Das Sarma (2007)
 * that makes near-duplicate search partition-safe: if two fingerprints differ in at most k bits, then split into
 * k + 1 blocks they agree exactly on at least one block. Publishing an article once per block, keyed by that block's
 * value, brings every candidate pair together on some partition. Stateless, thread-safe.
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

    /** 1 − distance / 64: the similarity a SimHash distance stands for, for reporting. */
    public static double similarity(long a, long b) {
        return 1.0 - distance(a, b) / 64.0;
    }

    /**
     * The {@code blocks} block values of a fingerprint, each tagged with its index ("2:1f3a"): equal tags mean the
     * two fingerprints agree on that block. Blocks are contiguous runs of 64 / blocks bits (the last takes the rest).
     */
    public static String[] blockKeys(long fp, int blocks) {
        if (blocks < 1 || blocks > 64) {
            throw new IllegalArgumentException("blocks must be in 1..64: " + blocks);
        }
        String[] out = new String[blocks];
        int width = 64 / blocks;
        for (int i = 0; i < blocks; i++) {
            int from = i * width;
            int bits = i == blocks - 1 ? 64 - from : width;
            long mask = bits == 64 ? -1L : (1L << bits) - 1;
            out[i] = i + ":" + Long.toHexString((fp >>> from) & mask);
        }
        return out;
    }
}
