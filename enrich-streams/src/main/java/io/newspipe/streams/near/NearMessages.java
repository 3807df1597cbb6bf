package io.newspipe.streams.near;

import io.newspipe.model.Article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The records of the near-duplicate stage, internal to the app (they cross only its own repartition topics). */
final class NearMessages {
    /** At most this many related articles are linked to one article (the closest ones). */
    static final int MAX_RELATED = 8;

    private NearMessages() {
    }

    /**
     * One article in the bands one partition of the band topic holds: keyed by the first of those band keys on the way
     * to the band processor, which looks the article up in the bucket of each. A probe written before probes were
     * grouped names no bands: its key is its one band. {@code home} is the partition whose resolver holds the article
     * (where the exact stage put it, by content); null in a probe written before verdicts went home.
     */
    public record Probe(String articleId, long time, byte[] sketch, List<String> bands, Integer home) {
        List<String> bandsOr(String key) {
            return bands == null || bands.isEmpty() ? List.of(key) : bands;
        }

        int homeOr(int unknown) {
            return home == null ? unknown : home;
        }
    }

    /**
     * Another article, the estimated Jaccard similarity to it, and its time: between two copies equally close, the
     * earlier by (time, id) is named, wherever and in whatever order the answers are folded.
     */
    public record Match(String id, double similarity, long time) {
        /**
         * Held at the precision the state stores keep (a float): a match read back from the resolver's state and one
         * fresh from a band are the same, so what an article reports does not depend on which verdict came last.
         */
        public Match {
            similarity = (float) similarity;
        }

        /** Orders two candidates for "the closest earlier copy": closer first, then earlier by (time, id). */
        boolean closerThan(Match o) {
            if (similarity != o.similarity) {
                return similarity > o.similarity;
            }
            return time != o.time ? time < o.time : id.compareTo(o.id) < 0;
        }
    }

    /**
     * The answer of {@code bands} bands about one article (the bands of one partition): the closest earlier article it
     * is a near copy of in any of them (or null), the articles it is related to, and whether the answer is late: sent
     * when an article that came first by (time, id) reached a band after this one, which may already have been let
     * through. A verdict written before verdicts were grouped has no count: it is one band's. {@code home} is the
     * partition of the resolver that holds the article, where the verdict is sent; negative when unknown (an article
     * indexed before verdicts went home, whose resolver state is where its id hashes to).
     */
    public record Verdict(String articleId, Match duplicateOf, List<Match> related, boolean late, int bands, int home) {
        public Verdict {
            related = related == null ? List.of() : List.copyOf(related);
            bands = Math.max(1, bands);
        }
    }

    /** What the resolver receives, keyed by article id: the article itself, or one verdict about it. */
    public record Message(Article article, Verdict verdict) {
    }

    /** Where an article is in the resolver: waiting for its verdicts, let through, or dropped as a near copy. */
    public enum State { WAITING, RELEASED, DROPPED }

    /**
     * The resolver's state for one article. While it waits: whether the article has arrived (it is held in a store of
     * its own), how many band verdicts, the closest earlier copy and the related articles so far. Once decided, the
     * state is kept (with the page and title a retraction would name) until the retention, to answer late verdicts.
     */
    public record Pending(State state, boolean arrived, int verdicts, Match duplicateOf, List<Match> related, long time,
                          String sourceId, String title) {
        static Pending empty(long time) {
            return new Pending(State.WAITING, false, 0, null, List.of(), time, null, null);
        }

        Pending withArticle(Article a, long t) {
            return new Pending(state, true, verdicts, duplicateOf, related, t, a.sourceId(), a.title());
        }

        /** A verdict folded in: the closer earlier copy wins (ties: the earlier by time, id); related lists are merged. */
        Pending with(Verdict v) {
            Match best = duplicateOf;
            Match d = v.duplicateOf();
            if (d != null && (best == null || d.closerThan(best))) {
                best = d;
            }
            List<Match> merged = new ArrayList<>(related);
            for (Match m : v.related()) {
                if (merged.stream().noneMatch(x -> x.id().equals(m.id()))) {
                    merged.add(m);
                }
            }
            merged.sort(Comparator.comparingDouble(Match::similarity).reversed().thenComparing(Match::id));
            return new Pending(state, arrived, verdicts + (v.late() ? 0 : v.bands()), best,
                    merged.subList(0, Math.min(MAX_RELATED, merged.size())), time, sourceId, title);
        }

        Pending decided(State s) {
            return new Pending(s, arrived, verdicts, duplicateOf, List.of(), time, sourceId, title);
        }
    }
}
