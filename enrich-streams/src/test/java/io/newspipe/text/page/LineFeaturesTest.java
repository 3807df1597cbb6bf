package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
            lines.add(new RepairedPage.Line(t, 1, false, false, false, false));
        }
        assertArrayEquals(new boolean[] {false, false, true, false, false}, LineFeatures.repeats(lines));
        for (int i = 0; i < 45; i++) {
            lines.add(new RepairedPage.Line("第" + i + "行的文字各不相同", 1, false, false, false, false));
        }
        lines.add(new RepairedPage.Line("在盘活工作启动之初，郴州", 1, false, false, false, false));
        assertFalse(LineFeatures.repeats(lines)[lines.size() - 1], "printed 47 lines before: another story's line");
    }
}
