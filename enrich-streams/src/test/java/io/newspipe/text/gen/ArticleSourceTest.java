package io.newspipe.text.gen;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSourceTest {
    @Test
    void wanderingAtRateZeroMakesTheSameStories() {
        ArticleSource base = ArticleSource.fromSeeds();
        List<TruthArticle> a = draw(base, 40, 7);
        List<TruthArticle> b = draw(ArticleSource.fromSeeds().wandering(0), 40, 7);
        assertEquals(a, b);
    }

    @Test
    void wanderingStoriesAreFarLessOftenNearCopiesOfEachOther() {
        int chained = nearCopies(draw(ArticleSource.fromSeeds(), 300, 3));
        int wandering = nearCopies(draw(ArticleSource.fromSeeds().wandering(0.4), 300, 3));
        assertTrue(chained > 0, "the chained source makes near copies from a small pool");
        assertTrue(wandering * 2 < chained, "near copies: chained " + chained + ", wandering " + wandering);
    }

    @Test
    void aRateOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ArticleSource.fromSeeds().wandering(1.5));
    }

    private static List<TruthArticle> draw(ArticleSource source, int n, long seed) {
        Random r = new Random(seed);
        List<TruthArticle> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(source.next(r));
        }
        return out;
    }

    /** Pairs of pseudo-articles (seed articles left out) of which most sentences of the one are the other's too. */
    private static int nearCopies(List<TruthArticle> articles) {
        List<TruthArticle> seeds = ArticleSource.seedArticles();
        List<Set<String>> sentences = new ArrayList<>();
        for (TruthArticle a : articles) {
            if (!seeds.contains(a)) {
                Set<String> s = new HashSet<>();
                a.paragraphs().forEach(p -> s.addAll(List.of(p.split("(?<=[。！？])"))));
                sentences.add(s);
            }
        }
        int n = 0;
        for (int i = 0; i < sentences.size(); i++) {
            for (int j = i + 1; j < sentences.size(); j++) {
                Set<String> shared = new HashSet<>(sentences.get(j));
                shared.retainAll(sentences.get(i));
                n += shared.size() * 2 > Math.min(sentences.get(i).size(), sentences.get(j).size()) ? 1 : 0;
            }
        }
        return n;
    }
}
