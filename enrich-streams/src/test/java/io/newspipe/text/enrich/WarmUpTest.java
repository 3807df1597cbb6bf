package io.newspipe.text.enrich;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarmUpTest {
    private static final ArticleEnricher ENRICHER = new ArticleEnricher();

    @Test
    void runsEveryStageOverTheSamePagesEachTime() {
        WarmUp.Done once = WarmUp.run(ENRICHER, 6);
        assertEquals(6, once.pages());
        assertTrue(once.articles() >= 6, "the pages hold several articles each: " + once);
        assertTrue(once.chars() > 6 * 200, once.toString());
        WarmUp.Done again = WarmUp.run(ENRICHER, 6);
        assertEquals(once.articles(), again.articles(), "a fixed seed: every start does the same work");
        assertEquals(once.chars(), again.chars());
    }

    @Test
    void noPagesIsNoWorkAndANegativeCountIsRefused() {
        WarmUp.Done none = WarmUp.run(ENRICHER, 0);
        assertEquals(0, none.articles());
        assertEquals(0, none.chars());
        assertThrows(IllegalArgumentException.class, () -> WarmUp.run(ENRICHER, -1));
    }
}
