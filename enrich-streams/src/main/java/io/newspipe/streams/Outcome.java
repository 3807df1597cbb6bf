package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.DeadLetter;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.RawPage;

/**
 * What a stage hands to the next: exactly one field is non-null. The topology branches on it, so that a stage can
 * reject a record (to the dead-letter topic) or drop it as a duplicate without throwing. Internal to the app; it only
 * crosses the wire on the app's own repartition topic.
 */
public record Outcome(RawPage page, Article article, DuplicateRecord duplicate, DeadLetter dead) {
    static Outcome of(RawPage p) {
        return new Outcome(p, null, null, null);
    }

    static Outcome of(Article a) {
        return new Outcome(null, a, null, null);
    }

    static Outcome of(DuplicateRecord d) {
        return new Outcome(null, null, d, null);
    }

    static Outcome of(DeadLetter d) {
        return new Outcome(null, null, null, d);
    }
}
