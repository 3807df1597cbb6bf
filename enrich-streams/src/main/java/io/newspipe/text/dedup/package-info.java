/**
 * Stage 3's text side: the exact-duplicate key ({@link io.newspipe.text.dedup.BodyFingerprint}), character shingles,
 * MinHash bands and SimHash, and the near-duplicate settings. May import {@code io.newspipe.text} only; never Kafka.
 */
package io.newspipe.text.dedup;
