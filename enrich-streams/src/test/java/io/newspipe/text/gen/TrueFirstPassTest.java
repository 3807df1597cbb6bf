package io.newspipe.text.gen;

import io.newspipe.model.Article;
import io.newspipe.text.page.LineLabeller;
import io.newspipe.text.page.PageSplitter;
import io.newspipe.text.page.RepairedPage;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The evaluation seam that replaces the splitter's first pass by the truth of a generated page. */
class TrueFirstPassTest {
    private final PageSplitter splitter = new PageSplitter();

    @Test
    void theFirstPassOwnLabelsGiveWhatTheSplitterGives() {
        PageGenerator generator = new PageGenerator(ArticleSource.fromSeeds(), 99);
        SplitterCorpus corpus = new SplitterCorpus();
        for (int i = 0; i < 20; i++) {
            RepairedPage page = corpus.repaired(generator.next(), "p" + i);
            List<Article> own = splitter.split(page, LineLabeller.shipped().label(page.lines()));
            assertEquals(splitter.split(page), own);
        }
    }

    @Test
    void labelsThatAreNotOnePerLineAreRefused() {
        RepairedPage page = new SplitterCorpus().repaired(new PageGenerator(ArticleSource.fromSeeds(), 5).next(), "p");
        assertThrows(IllegalArgumentException.class, () -> splitter.split(page, new int[page.lines().size() + 1]));
    }

    /** With the wraps right, the body boundaries are the second pass's alone, and the seed articles' are mostly found. */
    @Test
    void theTrueFirstPassScoresAtLeastAsWellAsTheSplitterOnTheSamePages() {
        SplitterEvaluation own = new SplitterEvaluation();
        SplitterEvaluation truth = new SplitterEvaluation();
        PageGenerator a = new PageGenerator(ArticleSource.fromSeeds(), 7);
        PageGenerator b = new PageGenerator(ArticleSource.fromSeeds(), 7);
        SplitterCorpus corpus = new SplitterCorpus();
        for (int i = 0; i < 60; i++) {
            GeneratedPage page = a.next();
            assertEquals(page, b.next());
            if (corpus.truthLabels(page) != null) {
                own.add(page, splitter);
                truth.addWithTrueFirstPass(page, splitter);
            }
        }
        assertNotNull(truth.overall());
        assertEquals(own.overall().pages(), truth.overall().pages());
        assertTrue(truth.overall().f1() >= own.overall().f1() - 0.02, "true first pass " + truth.overall()
                + " against the splitter's " + own.overall());
        assertTrue(truth.overall().f1() > 0.8, truth.overall().toString());
    }
}
