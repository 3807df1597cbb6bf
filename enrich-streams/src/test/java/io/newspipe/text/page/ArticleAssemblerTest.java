package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The assembler alone: labelled lines in, drafts out, with the labels chosen by the test (no model involved). */
class ArticleAssemblerTest {
    private final LabelledLines page = new LabelledLines();

    @Test
    void continuationLinesUndoTheColumnWrapOfEachField() {
        page.line("社区治理", LineRole.TITLE, true).line("出新招", LineRole.CONT, false)
                .line("近年来，某区以党建为纽", LineRole.PARA, false).line("带，群众满意度持续提升。", LineRole.CONT, false)
                .line("织密网格，", LineRole.SUBHEAD, false).line("治理精准到人", LineRole.CONT, false)
                .line("每个网格配备网格员。", LineRole.PARA, false)
                .line("图为网格员走访", LineRole.CAPTION, false).line("居民。", LineRole.CONT, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(1, d.size());
        assertEquals("社区治理出新招", d.get(0).title());
        assertEquals(List.of("近年来，某区以党建为纽带，群众满意度持续提升。", "每个网格配备网格员。"), d.get(0).paragraphs());
        assertEquals(List.of("织密网格，治理精准到人"), d.get(0).subheadings());
        assertEquals(List.of("图为网格员走访居民。"), d.get(0).captions());
    }

    @Test
    void aHeadlinePrintedAfterItsBodyClosesThatArticle() {
        page.line("3月19日晚，居民代表陆续来到社区广场。", LineRole.PARA, true)
                .line("零陵“四夜”进社区", LineRole.TAIL, false).line("暖民心", LineRole.CONT, false)
                .line("——记某社区的夜话", LineRole.SUBTITLE, false)
                // Not marked as opening: the tail's close starts the next article all the same.
                .line("3月22日，祁阳市工会工作会议召开。", LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("零陵“四夜”进社区暖民心", d.get(0).title());
        assertEquals("记某社区的夜话", d.get(0).subtitle());
        assertTrue(d.get(1).body().startsWith("3月22日"));
        assertNull(d.get(1).title());
    }

    @Test
    void aDashedLineReadAsTheHeadlineIsTheSubtitleOfTheHeadlineBesideIt() {
        page.line("民警坚守岗位，守护群众平安。", LineRole.PARA, true)
                .line("——某市公安开展专项行动综述", LineRole.TAIL, false)
                .line("让万家灯火更明亮让万家灯火更明亮", LineRole.SUBTITLE, false)
                .line("近日，某市印发实施方案。", LineRole.PARA, true);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("让万家灯火更明亮", d.get(0).title());
        assertEquals("某市公安开展专项行动综述", d.get(0).subtitle());
    }

    @Test
    void aDashedHeadlineStaysWhenNothingElseCouldBeTheHeadline() {
        page.line("——某市公安开展专项行动综述", LineRole.TITLE, true)
                .line("民警坚守岗位，守护群众平安。", LineRole.PARA, false);
        assertEquals("——某市公安开展专项行动综述", page.assemble().get(0).title());
    }

    @Test
    void aNamesLineAfterATailHeadlineStaysWithItUnlessItOpensTheNextArticle() {
        page.line("衡阳市依托深厚积淀，实现了产业的硬实力再造。", LineRole.PARA, true)
                .line("衡阳阔步迈向“计量强市”", LineRole.TAIL, false).line("曾愉捷 金羽泽", LineRole.BYLINE, false)
                .line("在隆回县某学校，思政教师坚守讲台二十五年。", LineRole.PARA, false)
                .line("张福芳 付柯瞰", LineRole.BYLINE, true)
                .line("某县今年未发生一起森林火灾，火情热点同比下降。", LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(3, d.size());
        assertEquals(List.of("曾愉捷", "金羽泽"), d.get(0).authors());
        assertNull(d.get(1).title());
        assertTrue(d.get(1).authors().isEmpty());
        assertEquals(List.of("张福芳", "付柯瞰"), d.get(2).authors());
    }

    @Test
    void aSubtitleLineThatOpensAnArticleWithoutHeadlineIsItsHeadline() {
        page.line("嘉禾森林火情热点同比下降30%", LineRole.SUBTITLE, true)
                .line("记者近日从某县林业局了解到，今年来该县未发生一起森林火灾。", LineRole.PARA, false)
                .line("——记某社区的夜话", LineRole.SUBTITLE, true)
                .line("3月19日晚，居民代表陆续来到社区广场。", LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("嘉禾森林火情热点同比下降30%", d.get(0).title());
        assertNull(d.get(0).subtitle());
        // A dash marks a real subtitle: its headline is lost, not this line.
        assertNull(d.get(1).title());
        assertEquals("记某社区的夜话", d.get(1).subtitle());
    }

    @Test
    void aHeadlineWithoutBodyGoesToTheUntitledArticleBeforeIt() {
        page.line("正文一段，讲完了一件事情。", LineRole.PARA, true)
                .line("某某活动启动", LineRole.TITLE, true)
                .line("有标题的第二篇", LineRole.TITLE, true).line("第二篇的正文。", LineRole.PARA, false);
        List<ArticleDraft> d = page.assemble();
        assertEquals(2, d.size());
        assertEquals("某某活动启动", d.get(0).title());
        assertEquals("有标题的第二篇", d.get(1).title());
    }

    @Test
    void datelineAndClosingBylineGiveTheirNamesAndLeaveTheBody() {
        page.line("园区发展", LineRole.TITLE, true)
                .line("湖南日报8月26日讯（全媒体记者 姚昕玥 通讯员 肖星群）8月20日，车间内焊花飞溅。", LineRole.PARA, false)
                .line("工人们正在赶制订单。（单建华 杨情陆）", LineRole.PARA, false);
        ArticleDraft d = page.assemble().get(0);
        assertEquals(List.of("姚昕玥", "肖星群", "单建华", "杨情陆"), d.authors());
        assertEquals(List.of("8月20日，车间内焊花飞溅。", "工人们正在赶制订单。"), d.paragraphs());
        assertTrue(d.complete());
    }

    @Test
    void aLongParagraphPrintedTwiceOnThePageIsKeptOnceAShortOneTwice() {
        String repeated = "在盘活工作启动之初，郴州市便将地方政府债务风险防控摆在首位。";
        page.line("盘活资产", LineRole.TITLE, true).line(repeated, LineRole.PARA, false).line("好。", LineRole.PARA, false)
                .line(repeated, LineRole.PARA, false).line("好。", LineRole.PARA, false);
        assertEquals(List.of(repeated, "好。", "好。"), page.assemble().get(0).paragraphs());
    }
}
