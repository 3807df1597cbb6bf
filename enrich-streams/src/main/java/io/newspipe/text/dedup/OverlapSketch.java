package io.newspipe.text.dedup;

import java.util.Arrays;

/**
 * A 64-byte estimate of an article's shingle set: the lowest two bits of each of 256 minimum hashes (b-bit minwise
 * hashing, Li and König 2010). Two sketches estimate the Jaccard similarity of their sets: two minimums are equal with
 * probability J, and two unequal ones still agree in their last two bits a quarter of the time, so
 * Ĵ = (agreeing − ¼) / ¾. With 256 hashes the estimate's standard error is about 0.04 near J = 0.5 (measured in
 * {@code bench/run.sh dedup-eval}). Immutable and thread-safe.
 */
public final class OverlapSketch {
    /** Hashes in a sketch, two bits each. */
    public static final int HASHES = 256;
    /** Bytes of a sketch. */
    public static final int BYTES = HASHES / 4;
    private final byte[] bits;

    private OverlapSketch(byte[] bits) {
        this.bits = bits;
    }

    /** The sketch of a MinHash signature of at least {@link #HASHES} values. */
    public static OverlapSketch of(long[] signature) {
        if (signature.length < HASHES) {
            throw new IllegalArgumentException("a sketch needs " + HASHES + " minimum hashes, not " + signature.length);
        }
        byte[] b = new byte[BYTES];
        for (int i = 0; i < HASHES; i++) {
            b[i >> 2] |= (byte) ((signature[i] & 3) << ((i & 3) << 1));
        }
        return new OverlapSketch(b);
    }

    public static OverlapSketch fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a sketch is " + BYTES + " bytes, not " + bytes.length);
        }
        return new OverlapSketch(bytes.clone());
    }

    public byte[] toBytes() {
        return bits.clone();
    }

    /** The estimated Jaccard similarity of the two sets, in [0, 1]. */
    public double jaccard(OverlapSketch other) {
        int agree = 0;
        for (int i = 0; i < BYTES; i++) {
            int x = ~(bits[i] ^ other.bits[i]);
            // Two bits agree when both bits of the pair are 1 in x.
            int pairs = x & (x >>> 1) & 0x55;
            agree += Integer.bitCount(pairs);
        }
        double p = agree / (double) HASHES;
        return Math.max(0, Math.min(1, (p - 0.25) / 0.75));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OverlapSketch s && Arrays.equals(bits, s.bits);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bits);
    }
}
