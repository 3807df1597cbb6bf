package io.newspipe.streams;

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

    /** The resolver's state for an article still waiting for verdicts. */
    public record Pending(Article article, int verdicts, String candidateId, int distance) {
        static Pending empty() {
            return new Pending(null, 0, null, Integer.MAX_VALUE);
        }

        Pending with(Verdict v) {
            boolean better = v.candidateId() != null && (candidateId == null || v.distance() < distance
                    || v.distance() == distance && v.candidateId().compareTo(candidateId) < 0);
            return new Pending(article, verdicts + 1, better ? v.candidateId() : candidateId,
                    better ? v.distance() : distance);
        }

        Pending with(Article a) {
            return new Pending(a, verdicts, candidateId, distance);
        }
    }
}
