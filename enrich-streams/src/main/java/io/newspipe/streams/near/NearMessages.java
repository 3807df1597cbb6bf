package io.newspipe.streams.near;

import io.newspipe.model.Article;

/** The records of the near-duplicate stage, internal to the app (they cross only its own repartition topics). */
final class NearMessages {
    private NearMessages() {
    }

    /** One article in one band: keyed by band key on the way to the band processor. */
    public record Probe(String articleId, long time, long simHash) {
    }

    /** One band's answer for one article: the earlier near copy found there, or none (candidateId null). */
    public record Verdict(String articleId, String candidateId, int distance) {
    }

    /** What the resolver receives, keyed by article id: the article itself, or one verdict about it. */
    public record Message(Article article, Verdict verdict) {
    }

    /**
     * The resolver's small state for an article still waiting: whether the article has arrived (it is held in a store
     * of its own, written once and read once), how many verdicts, and the best candidate so far.
     */
    public record Pending(boolean arrived, int verdicts, String candidateId, int distance) {
        static Pending empty() {
            return new Pending(false, 0, null, Integer.MAX_VALUE);
        }

        Pending with(Verdict v) {
            boolean better = v.candidateId() != null && (candidateId == null || v.distance() < distance
                    || v.distance() == distance && v.candidateId().compareTo(candidateId) < 0);
            return new Pending(arrived, verdicts + 1, better ? v.candidateId() : candidateId,
                    better ? v.distance() : distance);
        }

        Pending withArticle() {
            return new Pending(true, verdicts, candidateId, distance);
        }
    }
}
