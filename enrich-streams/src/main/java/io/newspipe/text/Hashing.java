package io.newspipe.text;



/**
 * The 64-bit mixing functions the text stages hash with, each defined once. Their constants are part of persisted
 * data (the NER model's feature keys, MinHash signatures in the dedup stores): changing one changes what those mean.
 * Stateless and thread-safe.
 */
public final class Hashing {
    /** FNV-1a's offset basis and prime, for hashing characters incrementally. */
    public static final long FNV_OFFSET = 0xcbf29ce484222325L;
    public static final long FNV_PRIME = 0x100000001b3L;

    private Hashing() {
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014): a fast bijection with good avalanche. */
    public static long splitMix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** MurmurHash3's 64-bit finaliser (fmix64), used on FNV shingle hashes, whose low bits are weak. */
    public static long fmix64(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
