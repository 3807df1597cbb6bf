package io.newspipe.cli;

import io.newspipe.text.gen.ArticleSource;
import io.newspipe.text.gen.TruthArticle;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalSplitterCommandTest {
    @Test
    void topicalAndWanderingTogetherAreRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EvalSplitterCommand.stories(ArticleSource.fromSeeds(), true, 0.3));
        assertTrue(e.getMessage().contains("--topical"), e.getMessage());
    }

    @Test
    void eachFlagPicksItsKindOfStories() {
        List<TruthArticle> chained = draw(EvalSplitterCommand.stories(ArticleSource.fromSeeds(), false, 0));
        assertEquals(draw(ArticleSource.fromSeeds()), chained);
        assertNotEquals(chained, draw(EvalSplitterCommand.stories(ArticleSource.fromSeeds(), true, 0)));
        assertNotEquals(chained, draw(EvalSplitterCommand.stories(ArticleSource.fromSeeds(), false, 0.5)));
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
