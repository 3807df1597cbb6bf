package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Headlines printed away from their bodies, through the assembler with labels chosen by the test (no model): the
 * matcher is what moves them. The texts are made up for the test.
 */
class HeadlineMatcherTest {
    private final LabelledLines page = new LabelledLines();

    private static final String DAM = "石门水库加固工程昨日完工，水库蓄水能力提高三成，下游两万亩农田灌溉有了保障。";
    private static final String BOOKS = "城东社区图书角开放以来，借阅图书超过五千册，社区居民在家门口就能读书看报。";
    private static final String FAIR = "第三届茶叶博览会在会展中心开幕，两百家茶企参展，首日签约金额八亿元。";

    @Test
    void aBlockOfHeadlinesAtThePageEndGoesToTheBodiesItNames() {
        page.line(DAM, LineRole.PARA, true).line(BOOKS, LineRole.PARA, true).line(FAIR, LineRole.PARA, true)
                // The extraction printed the three headlines together after the stories, in another order, and the
                // labeller read the block as one headline with subtitles.
                .line("茶叶博览会开幕首日签约八亿元", LineRole.TITLE, true)
                .line("石门水库加固工程完工", LineRole.SUBTITLE, false)
                .line("社区图书角借阅超五千册", LineRole.SUBTITLE, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(3, d.size());
        assertEquals("石门水库加固工程完工", d.get(0).title());
        assertEquals("社区图书角借阅超五千册", d.get(1).title());
        assertEquals("茶叶博览会开幕首日签约八亿元", d.get(2).title());
    }

    @Test
    void aHeadlineWithABodyItDoesNotNameMovesToTheUntitledBodyItNames() {
        page.line(DAM, LineRole.PARA, true)
                .line("社区图书角借阅超五千册", LineRole.TAIL, false)
                .line(BOOKS, LineRole.PARA, true);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertNull(d.get(0).title());
        assertEquals("社区图书角借阅超五千册", d.get(1).title());
    }

    @Test
    void aBodyWhoseOwnHeadlineNamesItTakesNoOther() {
        page.line("石门水库加固工程完工", LineRole.TITLE, true).line(DAM, LineRole.PARA, false)
                .line("水库蓄水能力提高三成", LineRole.TITLE, true);
        List<ArticleDraft> d = page.assemble();
        assertEquals(1, d.size());
        assertEquals("石门水库加固工程完工", d.get(0).title());
    }

    @Test
    void aHeadlineThatNamesNoBodyStaysWhereTheLabellerPutIt() {
        page.line("春风化雨润心田", LineRole.TITLE, true).line(BOOKS, LineRole.PARA, false)
                .line(DAM, LineRole.PARA, true);
        List<ArticleDraft> d = page.assemble();
        assertEquals("春风化雨润心田", d.get(0).title());
        assertNull(d.get(1).title());
    }

    @Test
    void aHeadlineWithNoBodyThatNamesNoStoryIsTheHeadlineOfTheUntitledArticleBefore() {
        page.line(DAM, LineRole.PARA, true).line("春风化雨润心田", LineRole.TITLE, true)
                .line("茶叶博览会开幕首日签约八亿元", LineRole.TITLE, true).line(FAIR, LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("春风化雨润心田", d.get(0).title());
        assertEquals("茶叶博览会开幕首日签约八亿元", d.get(1).title());
    }

    @Test
    void aHeadlineWithItsNamesAndNoBodyGoesWithTheStoryRightAfterWhenTheOneBeforeHasAHeadline() {
        page.line("石门水库加固工程完工", LineRole.TITLE, true).line(DAM, LineRole.PARA, false)
                .line("春风化雨润心田", LineRole.TITLE, true).line("王小明 李红", LineRole.BYLINE, false)
                // A series label under the names, read as a headline that opens another article.
                .line("奋进新时代·社区篇", LineRole.TITLE, true).line(BOOKS, LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("石门水库加固工程完工", d.get(0).title());
        assertEquals("春风化雨润心田", d.get(1).title());
        assertEquals("奋进新时代·社区篇", d.get(1).subtitle());
        assertEquals(List.of("王小明", "李红"), d.get(1).authors());
    }

    @Test
    void aBodilessHeadlineAfterAStoryHeadedOnlyByADashedSubtitleIsThatStorysHeadline() {
        page.line(DAM, LineRole.PARA, true)
                .line("——石门水库加固工程综述", LineRole.TAIL, false)
                .line("守护一方安澜", LineRole.KICKER, true)
                .line("茶叶博览会开幕首日签约八亿元", LineRole.TITLE, true).line(FAIR, LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("守护一方安澜", d.get(0).title());
        assertEquals("石门水库加固工程综述", d.get(0).subtitle());
        assertEquals("茶叶博览会开幕首日签约八亿元", d.get(1).title());
        assertNull(d.get(1).subtitle());
    }

    @Test
    void aBodilessHeadlineReadAsPrintedAfterItsBodyDoesNotGoForward() {
        page.line("石门水库加固工程完工", LineRole.TITLE, true).line(DAM, LineRole.PARA, false)
                .line("春风化雨润心田", LineRole.TAIL, true)
                .line("奋进新时代·社区篇", LineRole.TITLE, true).line(BOOKS, LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("奋进新时代·社区篇", d.get(1).title());
        assertNull(d.get(1).subtitle());
    }

    @Test
    void aHeadlineGoesToTheStoryItNamesEvenWhenPrintedAboveAnother() {
        page.line(DAM, LineRole.PARA, true)
                .line("石门水库加固工程完工", LineRole.TITLE, true).line(FAIR, LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals("石门水库加固工程完工", d.get(0).title());
        assertNull(d.get(1).title());
    }

    @Test
    void aHeadlineLineReadAsAShortBodyJoinsTheStoryItNames() {
        page.line(DAM, LineRole.PARA, true).line(FAIR, LineRole.PARA, true)
                .line("茶叶博览会开幕", LineRole.TITLE, true)
                .line("两百家茶企参展首日签约八亿元", LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("茶叶博览会开幕", d.get(1).title());
        assertEquals("两百家茶企参展首日签约八亿元", d.get(1).subtitle());
        assertEquals(List.of(FAIR), d.get(1).paragraphs());
    }

    @Test
    void aPhotoCaptionAloneIsTheCaptionOfTheArticleBefore() {
        page.line("石门水库加固工程完工", LineRole.TITLE, true).line(DAM, LineRole.PARA, false)
                .line("工人在水库大坝上检查闸门。李明摄", LineRole.PARA, true);
        List<ArticleDraft> d = page.assemble();
        assertEquals(1, d.size());
        assertEquals(List.of("工人在水库大坝上检查闸门。李明摄"), d.get(0).captions());
    }

    @Test
    void aHeadlinePrintedTwiceInARowIsKeptOnce() {
        page.line("石门水库加固工程完工石门水库加固工程完工", LineRole.TITLE, true).line(DAM, LineRole.PARA, false);
        assertEquals("石门水库加固工程完工", page.assemble().get(0).title());
    }

    @Test
    void affinityIsTheShareOfTheHeadlinesBigramsInTheBody() {
        // Of 水库 库加 加固 固工 工程 程完 完工, only 程完 is not in the body.
        double a = HeadlineMatcher.affinity(HeadlineMatcher.bigrams("水库加固工程完工"), HeadlineMatcher.bigrams(DAM));
        assertEquals(6 / 7.0, a, 1e-9);
    }
}
