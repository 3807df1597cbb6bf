package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineFeaturesTest {
    @Test
    void aWordCutByTheColumnIsSeenAcrossTheBreak() {
        assertTrue(LineFeatures.wordAcrossBreak("作为工业门类齐全的全国老工", "业基地，衡阳") >= 2, "工业 runs over the break");
        assertTrue(LineFeatures.wordAcrossBreak("今年以来，全市经", "济运行稳中有进") >= 2, "经济 runs over the break");
    }

    @Test
    void aSentenceEndOrANonChineseEdgeMakesNoWord() {
        assertEquals(0, LineFeatures.wordAcrossBreak("全年任务顺利完成。", "经济运行稳中有进"));
        assertEquals(0, LineFeatures.wordAcrossBreak("增长了12", "经济运行稳中有进"));
        assertEquals(0, LineFeatures.wordAcrossBreak("全市经", "“济运行”"));
    }

    @Test
    void columnsFollowTheLinesAround() {
        int[] lens = {15, 15, 14, 15, 6, 15, 15, 30, 30, 29, 30, 12, 30};
        int[] columns = LineFeatures.columns(lens);
        assertEquals(15, columns[0]);
        assertEquals(30, columns[columns.length - 1]);
    }

    @Test
    void aLinePrintedAgainShortlyAfterIsARepeatAndAShortOrFarOneIsNot() {
        List<RepairedPage.Line> lines = new ArrayList<>();
        for (String t : List.of("在盘活工作启动之初，郴州", "市便将债务风险防控摆在首位。", "在盘活工作启动之初，郴州", "好的", "好的")) {
            lines.add(new RepairedPage.Line(t, 1, false, false, false, false, false));
        }
        assertArrayEquals(new boolean[] {false, false, true, false, false}, LineFeatures.repeats(lines));
        for (int i = 0; i < 45; i++) {
            lines.add(new RepairedPage.Line("第" + i + "行的文字各不相同", 1, false, false, false, false, false));
        }
        lines.add(new RepairedPage.Line("在盘活工作启动之初，郴州", 1, false, false, false, false, false));
        assertFalse(LineFeatures.repeats(lines)[lines.size() - 1], "printed 47 lines before: another story's line");
    }

    @Test
    void aDateOrAQuantityCutByTheColumnIsSeenAcrossTheBreak() {
        assertEquals("date", LineFeatures.numberAcrossBreak("长沙银行永州分行于2015年", "10月成立，截至"));
        assertEquals("date", LineFeatures.numberAcrossBreak("截至2023年12月", "31日，全市"));
        assertEquals("unit", LineFeatures.numberAcrossBreak("为该公司发放300", "万流贷资金贷款"));
        assertEquals("digits", LineFeatures.numberAcrossBreak("各项贷款余额25", "5.83亿元"));
        assertNull(LineFeatures.numberAcrossBreak("全年任务顺利完成。", "10月成立"), "a sentence ended before the number");
        assertNull(LineFeatures.numberAcrossBreak("发展新质生产力", "2024年以来"), "a line starting with a year is a new start");
        assertNull(LineFeatures.numberAcrossBreak("增长了12", "经济运行稳中有进"));
        assertNull(LineFeatures.numberAcrossBreak("建于2015年", "100多名志愿者"), "a year, then no month");
    }

    @Test
    void subheadingsOfTheSameBuildAreParallelAndOtherLinesAreNot() {
        assertEquals("7|，7", LineFeatures.build("县域商业焕新颜，消费活力遍城乡"));
        assertEquals(LineFeatures.build("县域商业焕新颜，消费活力遍城乡"), LineFeatures.build("数字招商破壁垒，驻外专班寻商机"));
        assertNull(LineFeatures.build("全年任务顺利完成。"), "a sentence");
        assertNull(LineFeatures.build("，开头"), "a build starts with a phrase");
        assertNull(LineFeatures.build("这是一个长达三十多个字符的段落行，它太长了不可能是一个小标题的样子吧"));
        List<RepairedPage.Line> lines = new ArrayList<>();
        for (String t : List.of("县域商业焕新颜，消费活力遍城乡", "正文第一段。", "正文第二段。",
                "数字招商破壁垒，驻外专班寻商机", "正文第三段。", "一个孤立的标题")) {
            lines.add(new RepairedPage.Line(t, 1, false, false, false, false, false));
        }
        String[] parallel = LineFeatures.parallel(lines);
        assertEquals("par2", parallel[0]);
        assertEquals("par2", parallel[3]);
        assertNull(parallel[5], "no twin");
        assertNull(parallel[1], "text is not a heading");
    }
}
