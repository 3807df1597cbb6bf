package io.newspipe.text.gen;

import io.newspipe.text.ner.BioSentence;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One story of an {@link ArticleSource#topical()} source: each next sentence is drawn from those sharing the most
 * middling-frequency words with the story so far (not with the last sentence alone: a story keeps to its subject,
 * while neighbouring sentences may share nothing), now and then an aside from anywhere in the corpus; and its cast,
 * who replace the people and places its sentences name. Not thread-safe (draws from the source's Random).
 */
final class TopicalStory {
    /** How many of the best-sharing sentences the next one is drawn from, evenly. */
    private static final int CHOICE = 10;
    /** The chance that the next sentence is an aside drawn from the whole corpus. */
    private static final double ASIDE = 0.1;
    private final List<String> sentences;
    private final List<List<BioSentence.Span>> cast;
    private final Map<Integer, List<Integer>> byBigram;
    private final List<int[]> bigramsOf;
    private final Set<Integer> used;
    private final int[] shared;
    private final Random draw;
    private final Set<Integer> words = new HashSet<>();
    private int[] touching = new int[256];
    private final String lead;
    private final String second;
    private final String where;
    private int first;

    /**
     * @param sentences the corpus; {@code cast} the people and places of each sentence
     * @param byBigram  for each middling-frequency bigram, the sentences that hold it; {@code bigramsOf} each
     *                  sentence's bigrams
     * @param used      the sentences this story has told (cleared by the caller between stories)
     * @param shared    scratch, one zero per sentence, left zero after each draw
     * @param first     the story's first sentence; {@code lead}, {@code second}, {@code where} its cast
     */
    TopicalStory(List<String> sentences, List<List<BioSentence.Span>> cast, Map<Integer, List<Integer>> byBigram,
                 List<int[]> bigramsOf, Set<Integer> used, int[] shared, Random draw, int first, String lead,
                 String second, String where) {
        this.sentences = sentences;
        this.cast = cast;
        this.byBigram = byBigram;
        this.bigramsOf = bigramsOf;
        this.used = used;
        this.shared = shared;
        this.draw = draw;
        this.first = first;
        this.lead = lead;
        this.second = second;
        this.where = where;
    }

    String sentence() {
        int pick;
        if (first >= 0) {
            pick = first;
            first = -1;
        } else if (draw.nextDouble() < ASIDE) {
            pick = draw.nextInt(sentences.size());
        } else {
            pick = onTopic();
        }
        used.add(pick);
        for (int b : bigramsOf.get(pick)) {
            if (byBigram.containsKey(b)) {
                words.add(b);
            }
        }
        return recast(pick);
    }

    /** One of the {@value #CHOICE} unused sentences sharing the most of the story's words; any, when none shares. */
    private int onTopic() {
        // Counted in an array over all sentences, cleared by the list of those touched: a map of boxed counts
        // made generating training pages the slowest part of training.
        int touched = 0;
        for (int b : words) {
            for (int other : byBigram.get(b)) {
                if (!used.contains(other)) {
                    if (shared[other]++ == 0) {
                        if (touched == touching.length) {
                            touching = Arrays.copyOf(touching, touched * 2);
                        }
                        touching[touched++] = other;
                    }
                }
            }
        }
        if (touched == 0) {
            return draw.nextInt(sentences.size());
        }
        // The best CHOICE by count, then by index: a partial selection over the touched sentences.
        int[] best = new int[Math.min(CHOICE, touched)];
        int kept = 0;
        for (int t = 0; t < touched; t++) {
            int c = touching[t];
            int at = kept;
            while (at > 0 && before(c, best[at - 1])) {
                at--;
            }
            if (at < best.length) {
                System.arraycopy(best, at, best, at + 1, Math.min(kept, best.length - 1) - at);
                best[at] = c;
                kept = Math.min(kept + 1, best.length);
            }
        }
        int pick = best[draw.nextInt(best.length)];
        for (int t = 0; t < touched; t++) {
            shared[touching[t]] = 0;
        }
        return pick;
    }

    private boolean before(int a, int b) {
        return shared[a] > shared[b] || shared[a] == shared[b] && a < b;
    }

    /** Sentence {@code i} with the people it names as this story's (mostly its lead) and half its places as its own. */
    private String recast(int i) {
        String s = sentences.get(i);
        StringBuilder b = new StringBuilder(s.length());
        int at = 0;
        for (BioSentence.Span sp : cast.get(i)) {
            b.append(s, at, sp.start());
            if (sp.type().equals("PER")) {
                b.append(draw.nextInt(3) < 2 ? lead : second);
            } else {
                b.append(draw.nextBoolean() ? where : s.substring(sp.start(), sp.end()));
            }
            at = sp.end();
        }
        return b.append(s, at, s.length()).toString();
    }
}
