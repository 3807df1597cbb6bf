package io.newspipe.text.dedup;

import java.time.Duration;

/**
 * The near-duplicate stage's settings, with defaults chosen from measurements ({@code bench/run.sh dedup-eval}, see the
 * README): character 4-grams; 256 minimum hashes, of which the first 48 form 16 LSH bands of 3 rows (a pair of
 * Jaccard 0.6 becomes a candidate with probability 0.98, 0.3 with 0.36); a candidate is the same story when its
 * estimated Jaccard similarity ({@link OverlapSketch}) is at least 0.63, and related when it is at least 0.20 (at 0.60
 * the estimate's noise dropped 5 of 7,325 articles whose true Jaccard was 0.46-0.50 in a 2,000-page generated replay;
 * at 0.63 none, with variant recall 0.9924);
 * 30 days of retention; at most 1,024 articles per band key (64 evicted the oldest members of popular keys, so
 * which earlier copy a late article met depended on arrival order: a run killed five times kept another copy).
 */
public record NearDuplicates(int shingleSize, int bands, int rows, double duplicateJaccard, double relatedJaccard,
                             Duration retention, int maxBucket) {
    /** How long the dedup stages remember a page or an article, as ISO-8601 (also the command line's default). */
    public static final String DEFAULT_RETENTION = "P30D";
    public static final NearDuplicates DEFAULTS = new NearDuplicates(4, 16, 3, 0.63, 0.20,
            Duration.parse(DEFAULT_RETENTION), 1024);

    /** What a candidate pair is, by its estimated overlap. */
    public enum Kind { DUPLICATE, RELATED, NONE }

    public NearDuplicates {
        if (!(relatedJaccard >= 0 && relatedJaccard <= duplicateJaccard && duplicateJaccard <= 1)) {
            throw new IllegalArgumentException("need 0 <= related <= duplicate <= 1: " + relatedJaccard + ", " + duplicateJaccard);
        }
    }

    public NearDuplicates withRetention(Duration r) {
        return new NearDuplicates(shingleSize, bands, rows, duplicateJaccard, relatedJaccard, r, maxBucket);
    }

    public MinHash minHash() {
        return new MinHash(new Shingles(shingleSize), OverlapSketch.HASHES, bands, rows);
    }

    /** A pair of this estimated Jaccard similarity is the same story, a related one, or neither. */
    public Kind classify(double jaccard) {
        return jaccard >= duplicateJaccard ? Kind.DUPLICATE : jaccard >= relatedJaccard ? Kind.RELATED : Kind.NONE;
    }
}
