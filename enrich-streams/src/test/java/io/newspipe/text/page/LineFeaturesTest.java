package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
