package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.DeadLetter;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.text.page.RepairedPage;

/**
 * What a stage hands to the next: exactly one field is non-null. The topology branches on it, so that a stage can
 * reject a record (to the dead-letter topic) or drop it as a duplicate without throwing. Internal to the app; only
 * articles, duplicates and dead letters cross the wire (on the app's own repartition topic); a repaired page goes
 * from the repair stage to the split stage in memory.
 */
public record Outcome(RepairedPage page, Article article, DuplicateRecord duplicate, DeadLetter dead,
                      DuplicateRecord retraction, DuplicateRecord correction) {
    public static Outcome of(RepairedPage p) {
        return new Outcome(p, null, null, null, null, null);
    }

    public static Outcome of(Article a) {
        return new Outcome(null, a, null, null, null, null);
    }

    public static Outcome of(DuplicateRecord d) {
        return new Outcome(null, null, d, null, null, null);
    }

    public static Outcome of(DeadLetter d) {
        return new Outcome(null, null, null, d, null, null);
    }

    /**
     * An article already published turned out to be a near copy of an earlier one (their partitions ran in the
     * other order): its duplicate record, and a tombstone for its id on {@code articles.enriched}.
     */
    public static Outcome retraction(DuplicateRecord d) {
        return new Outcome(null, null, null, null, d, null);
    }

    /**
     * A copy already dropped (and counted) turned out to have a closer earlier copy, which reached a band late: its
     * duplicate record again, naming that copy. Not counted a second time.
     */
    public static Outcome correction(DuplicateRecord d) {
        return new Outcome(null, null, null, null, null, d);
    }
}
