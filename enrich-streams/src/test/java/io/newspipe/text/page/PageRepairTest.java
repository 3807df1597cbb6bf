package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRepairTest {

    @Test
    void removesJustificationSpacesBetweenCjkButKeepsLatinWords() {
        assertEquals("召开，总结2023年工作", PageRepair.cleanLine("召 开 ，总 结 2023 年 工 作"));
        assertEquals("3月19日晚", PageRepair.cleanLine(" 3 月 19 日晚"));
        assertEquals("AI model上线", PageRepair.cleanLine("AI model 上 线"));
    }

    @Test
    void keepsSpacesBetweenNamesInABylineAndAClosingParenthesis() {
        assertEquals("张福芳 付柯瞰", PageRepair.cleanLine("张福芳  付柯瞰"));
        assertEquals("实现基层治理大提升。（单建华 杨情陆）", PageRepair.cleanLine("实现基层治理大提 升。 （单建华 杨情陆）"));
    }

    @Test
    void stripsMarkdownBulletsAndFoldsFullWidthDigits() {
        assertEquals("衡阳日报讯（全媒体记者 向吟）", PageRepair.cleanLine("**衡阳日报讯**（全媒体记者 向吟）"));
        assertEquals("标题", PageRepair.cleanLine("## 标题"));
        assertEquals("增长12%", PageRepair.cleanLine("■增长１２％"));
    }

    @Test
    void aWholeLineSetAsAHeadingIsFlaggedAndBoldInsideAParagraphIsNot() {
        List<RepairedPage.Line> lines = new PageRepair().lines(
                "## 走现代农业之路\n**社区治理出新招**\n**衡阳日报讯**（全媒体记者 向吟）连日来，\n正文第一段。");
        assertEquals(List.of(true, true, false, false), lines.stream().map(RepairedPage.Line::heading).toList());
        assertEquals(List.of(true, true, true, false), lines.stream().map(RepairedPage.Line::markup).toList());
    }

    @Test
    void joinsAVerticalHeadline() {
        assertEquals(List.of("园丁之歌", "正文第一段。"), Pages.repairedTexts("园\n丁\n之\n歌\n正文第一段。"));
    }

    @Test
    void aVerticalHeadlineKeepsItsBracketsAndEachColumnIsALine() {
        assertEquals(List.of("湿地《保护令》发布", "构建生态屏障", "正文第一段。"),
                Pages.repairedTexts("湿\n地\n《\n保\n护\n令\n》\n发\n布\n\n构\n建\n生\n态\n屏\n障\n\n正文第一段。"));
    }

    @Test
    void aPageWithoutLineBreaksIsCutIntoParagraphsAfterSentences() {
        String sentence = "网格员每天走访社区，了解居民的用水用电和出行问题，当天协调解决。"; // 33 characters
        String line = sentence.repeat(1000);
        List<String> parts = PageRepair.cutLongLine(line);
        assertEquals(line, String.join("", parts), "nothing is lost");
        assertTrue(parts.size() > 30, "cut into paragraphs: " + parts.size());
        for (String p : parts) {
            assertTrue(p.length() <= PageRepair.LONG_LINE, "no part longer than a paragraph may be: " + p.length());
            assertTrue(p.endsWith("。"), "cut after a sentence");
        }
        assertEquals(List.of(sentence), PageRepair.cutLongLine(sentence), "a normal line is left alone");
        String noStops = "长".repeat(10_000);
        assertEquals(3, PageRepair.cutLongLine(noStops).size(), "no sentence end: cut at the limit");
    }
}
