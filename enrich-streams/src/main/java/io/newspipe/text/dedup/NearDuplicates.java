package io.newspipe.text.dedup;

import java.time.Duration;

/**
 * The near-duplicate stage's settings, with defaults chosen from measurements on the seed variants
 * ({@code bench/run.sh dedup-eval}, see the README): character 4-grams; MinHash 16 bands × 4 rows (a pair of Jaccard
 * 0.59, the lowest measured among true variants, becomes a candidate with probability 0.87; at 0.74, 0.997); SimHash
 * distance at most 16 bits to confirm (true variants measured at most 14, distinct articles at least 19, unrelated
 * texts around 32 ± 4); 30 days of retention; at most 64 articles per band key.
 */
public record NearDuplicates(int shingleSize, int bands, int rows, int maxDistance, Duration retention, int maxBucket) {
    /** How long the dedup stages remember a page or an article, as ISO-8601 (also the command line's default). */
    public static final String DEFAULT_RETENTION = "P30D";
    public static final NearDuplicates DEFAULTS = new NearDuplicates(4, 16, 4, 16, Duration.parse(DEFAULT_RETENTION), 64);

    public NearDuplicates {
        if (maxDistance < 0 || maxDistance > 64) {
            throw new IllegalArgumentException("maxDistance must be in 0..64: " + maxDistance);
        }
    }

    public NearDuplicates withRetention(Duration r) {
        return new NearDuplicates(shingleSize, bands, rows, maxDistance, r, maxBucket);
    }

    public MinHash minHash() {
        return new MinHash(new Shingles(shingleSize), bands, rows);
    }

    public SimHash simHash() {
        return new SimHash(new Shingles(shingleSize));
    }
}
