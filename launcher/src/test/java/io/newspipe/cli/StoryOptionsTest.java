package io.newspipe.cli;

import io.newspipe.text.gen.ArticleSource;
import io.newspipe.text.gen.TruthArticle;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StoryOptionsTest {
    @Test
    void topicalAndWanderingTogetherAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> options(true, 0.3).of(ArticleSource.fromSeeds()));
        assertTrue(e.getMessage().contains("--topical"), e.getMessage());
    }

    @Test
    void eachFlagPicksItsKindOfStories() {
        List<TruthArticle> chained = draw(options(false, 0).of(ArticleSource.fromSeeds()));
        assertEquals(draw(ArticleSource.fromSeeds()), chained);
        assertNotEquals(chained, draw(options(true, 0).of(ArticleSource.fromSeeds())));
        assertNotEquals(chained, draw(options(false, 0.5).of(ArticleSource.fromSeeds())));
    }

    @Test
    void bothCommandsTakeTheSameStoryOptions() {
        EvalSplitterCommand eval = new EvalSplitterCommand();
        new CommandLine(eval).parseArgs("--topical", "x.bio");
        TrainSplitterCommand train = new TrainSplitterCommand();
        new CommandLine(train).parseArgs("--wander", "0.2", "--out", "m.bin.gz", "x.bio");
        assertTrue(eval.stories.topical && eval.stories.drawn());
        assertEquals(0.2, train.stories.wander);
        assertTrue(!train.stories.topical && train.stories.drawn());
    }

    private static StoryOptions options(boolean topical, double wander) {
        StoryOptions o = new StoryOptions();
        o.topical = topical;
        o.wander = wander;
        return o;
    }

    private static List<TruthArticle> draw(ArticleSource source) {
        Random r = new Random(9);
        List<TruthArticle> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            out.add(source.next(r));
        }
        return out;
    }
}
