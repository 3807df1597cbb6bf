package io.newspipe.text.dedup;

import io.newspipe.text.Hashing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Character n-gram shingles of a body after {@link BodyFingerprint#normalise} (letters and digits only), so that
 * layout (wrap, justification spaces, width, markup, punctuation) never changes them. No word segmenter is needed.
 * Each shingle is hashed to 64 bits (FNV-1a then a 64-bit finaliser) and counted. Stateless, thread-safe.
 */
public final class Shingles {
    private final int n;

    public Shingles(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("shingle size must be at least 1: " + n);
        }
        this.n = n;
    }

    public int size() {
        return n;
    }

    /** Shingle hash → how often it occurs. A body shorter than n yields one shingle of the whole body. */
    public Map<Long, Integer> counts(String body) {
        String s = BodyFingerprint.normalise(body);
        Map<Long, Integer> out = new HashMap<>();
        if (s.isEmpty()) {
            return out;
        }
        int last = Math.max(0, s.length() - n);
        for (int i = 0; i <= last; i++) {
            out.merge(hash(s, i, Math.min(s.length(), i + n)), 1, Integer::sum);
        }
        return out;
    }

    /** The distinct shingle hashes of a body, in no particular order: the set MinHash works on, without boxing. */
    public long[] distinct(String body) {
        String s = BodyFingerprint.normalise(body);
        if (s.isEmpty()) {
            return new long[0];
        }
        int last = Math.max(0, s.length() - n);
        long[] all = new long[last + 1];
        for (int i = 0; i <= last; i++) {
            all[i] = hash(s, i, Math.min(s.length(), i + n));
        }
        Arrays.sort(all);
        int k = 0;
        for (int i = 0; i < all.length; i++) {
            if (i == 0 || all[i] != all[i - 1]) {
                all[k++] = all[i];
            }
        }
        return Arrays.copyOf(all, k);
    }

    static long hash(CharSequence s, int from, int to) {
        long h = Hashing.FNV_OFFSET;
        for (int i = from; i < to; i++) {
            h ^= s.charAt(i);
            h *= Hashing.FNV_PRIME;
        }
        // FNV's low bits are weak for short inputs; mix so every bit of the SimHash sees every shingle.
        return Hashing.fmix64(h);
    }
}
