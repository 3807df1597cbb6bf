package io.newspipe.text.gen;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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

    @Test
    void topicalStoriesAreTheSameForTheSameSeed() {
        assertEquals(draw(bio().topical(), 30, 5), draw(bio().topical(), 30, 5));
    }

    /**
     * In the seed articles a quarter of the paragraph breaks have sentences that share no CJK bigram across them; a
     * chained story almost never does, which taught the splitter that such a break opens a new story.
     */
    @Test
    void topicalNeighboursShareNoWordAboutAsOftenAsRealOnes() {
        double seeds = noWordAcross(ArticleSource.seedArticles());
        double chained = noWordAcross(draw(bio(), 400, 11));
        double topical = noWordAcross(draw(bio().topical(), 400, 11));
        assertTrue(seeds > 0.15 && seeds < 0.35, "seed articles: " + seeds);
        assertTrue(chained < 0.08, "chained: " + chained);
        assertTrue(Math.abs(topical - seeds) < 0.12, "topical " + topical + " against the seeds' " + seeds);
    }

    @Test
    void aTopicalStoryKeepsNamingItsOwnPeople() {
        ArticleSource source = bio();
        int chained = storiesNamingOnePersonTwice(draw(source, 400, 13), source.names());
        int topical = storiesNamingOnePersonTwice(draw(bio().topical(), 400, 13), source.names());
        assertTrue(topical > 2 * chained && topical > 40, "chained " + chained + ", topical " + topical);
    }

    @Test
    void aLeadingSourceOpensItsStoriesAsNewsLeadsOpenAndAtZeroChangesNothing() {
        double any = leadShare(draw(bio().topical(), 300, 17));
        double leading = leadShare(draw(bio().topical().leading(0.9), 300, 17));
        assertTrue(any < 0.2, "stories opening on a lead-shaped sentence, drawn anywhere: " + any);
        assertTrue(leading > 0.8, "the same, leading at 0.9: " + leading);
        assertEquals(draw(bio().topical(), 30, 5), draw(bio().topical().leading(0), 30, 5));
        assertEquals(draw(bio(), 30, 5), draw(bio().leading(0), 30, 5));
        assertThrows(IllegalArgumentException.class, () -> bio().leading(-0.1));
    }

    /**
     * One story's subheadings are set in parallel as papers set them: most stories with two or more print them all
     * with the same phrase lengths and separators, while subheadings of different stories seldom share that build.
     */
    @Test
    void aStorysSubheadingsShareOneBuild() {
        List<TruthArticle> articles = draw(bio().topical(), 1500, 19);
        int withTwo = 0;
        int parallel = 0;
        List<String> firsts = new ArrayList<>();
        for (TruthArticle a : articles) {
            List<String> subs = a.subheadings();
            if (subs.size() < 2 || ArticleSource.seedArticles().contains(a)) {
                continue;
            }
            withTwo++;
            Set<String> builds = new HashSet<>();
            subs.forEach(t -> builds.add(build(t)));
            parallel += builds.size() == 1 ? 1 : 0;
            firsts.add(build(subs.get(0)));
        }
        int across = 0;
        for (int i = 1; i < firsts.size(); i++) {
            across += firsts.get(i).equals(firsts.get(i - 1)) ? 1 : 0;
        }
        assertTrue(withTwo > 50, "stories with two subheadings or more: " + withTwo);
        assertTrue(parallel > withTwo / 2, "parallel: " + parallel + " of " + withTwo);
        assertTrue(across < withTwo / 5, "neighbouring stories sharing a build: " + across + " of " + withTwo);
    }

    /** A heading's build: its phrases' lengths and the separators between them ({@code xxx，xxxx}). */
    private static String build(String heading) {
        return heading.replaceAll("[^，：、 ·]", "x");
    }

    /** The share of articles whose first paragraph opens as {@link ArticleSource#LEAD} says a lead does. */
    private static double leadShare(List<TruthArticle> articles) {
        long leads = articles.stream().filter(a -> ArticleSource.LEAD.matcher(a.paragraphs().get(0)).lookingAt()).count();
        return leads / (double) articles.size();
    }

    private static ArticleSource bio() {
        return ArticleSource.of(List.of(Path.of("src", "test", "resources", "gen", "peoples_daily_test_bio.txt.gz")), false);
    }

    /** The share of paragraph breaks where the sentence before and the one after share no CJK bigram. */
    private static double noWordAcross(List<TruthArticle> articles) {
        int breaks = 0;
        int none = 0;
        for (TruthArticle a : articles) {
            for (int i = 0; i + 1 < a.paragraphs().size(); i++) {
                String[] before = a.paragraphs().get(i).split("(?<=[。！？])");
                String after = a.paragraphs().get(i + 1).split("(?<=[。！？])")[0];
                Set<Integer> shared = bigrams(before[before.length - 1]);
                shared.retainAll(bigrams(after));
                breaks++;
                none += shared.isEmpty() ? 1 : 0;
            }
        }
        return none / (double) breaks;
    }

    private static Set<Integer> bigrams(String s) {
        Set<Integer> out = new HashSet<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            if (Character.isIdeographic(s.charAt(i)) && Character.isIdeographic(s.charAt(i + 1))) {
                out.add(s.charAt(i) << 16 | s.charAt(i + 1));
            }
        }
        return out;
    }

    /** Stories of two paragraphs or more in which one of {@code names} appears in at least two paragraphs. */
    private static int storiesNamingOnePersonTwice(List<TruthArticle> articles, List<String> names) {
        Set<String> known = new HashSet<>(names);
        int n = 0;
        for (TruthArticle a : articles) {
            Map<String, Integer> paragraphsNaming = new HashMap<>();
            for (String p : a.paragraphs()) {
                Set<String> here = new HashSet<>();
                for (int i = 0; i + 2 <= p.length(); i++) {
                    for (int len = 2; len <= 3 && i + len <= p.length(); len++) {
                        if (known.contains(p.substring(i, i + len))) {
                            here.add(p.substring(i, i + len));
                        }
                    }
                }
                here.forEach(w -> paragraphsNaming.merge(w, 1, Integer::sum));
            }
            n += paragraphsNaming.values().stream().anyMatch(c -> c >= 2) ? 1 : 0;
        }
        return n;
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
