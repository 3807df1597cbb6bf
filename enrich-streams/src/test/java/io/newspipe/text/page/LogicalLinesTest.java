package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LogicalLinesTest {
    private static final int TITLE = LineLabels.of(LineRole.TITLE, true);
    private static final int BYLINE = LineLabels.of(LineRole.BYLINE, false);
    private static final int PARA = LineLabels.of(LineRole.PARA, false);
    private static final int TITLE_WRAP = LineLabels.continuing(LineRole.TITLE);
    private static final int BYLINE_WRAP = LineLabels.continuing(LineRole.BYLINE);
    private static final int PARA_WRAP = LineLabels.continuing(LineRole.PARA);

    private static RepairedPage.Line line(String text, boolean indented, boolean blankBefore) {
        return new RepairedPage.Line(text, 1, indented, blankBefore, true, true, false);
    }

    @Test
    void continuationsJoinTheLineBeforeAndEveryLayoutFlagIsCleared() {
        List<RepairedPage.Line> page = List.of(line("春耕备耕", false, false), line("正当时", false, false),
                line("张福芳 付柯瞰", false, true), line("王某", false, false),
                line("今年以来，全县", true, true), line("抢抓农时。", false, false), line("农机合作社", true, false));
        LogicalLines.Joined joined = LogicalLines.of(page,
                new int[]{TITLE, TITLE_WRAP, BYLINE, BYLINE_WRAP, PARA, PARA_WRAP, PARA});
        assertEquals(List.of("春耕备耕正当时", "张福芳 付柯瞰 王某", "今年以来，全县抢抓农时。", "农机合作社"),
                joined.lines().stream().map(RepairedPage.Line::text).toList(), "names stay apart across a wrap");
        assertArrayEquals(new int[]{0, 2, 4, 6}, joined.first());
        for (RepairedPage.Line l : joined.lines()) {
            assertFalse(l.indented() || l.blankBefore() || l.spread() || l.markup(), l.text());
            assertEquals(1, l.physicalLines());
        }
    }

    @Test
    void theSameTextWrappedAtAnotherWidthGivesTheSameLogicalLines() {
        String para = "今年以来，全县抢抓农时，组织农机合作社开展代耕代种服务。";
        List<String> texts = new java.util.ArrayList<>();
        for (int width : new int[]{7, 13}) {
            List<RepairedPage.Line> page = new java.util.ArrayList<>(List.of(line("春耕备耕正当时", false, true)));
            int[] labels = new int[1 + (para.length() + width - 1) / width];
            labels[0] = TITLE;
            for (int i = 0, k = 1; i < para.length(); i += width, k++) {
                page.add(line(para.substring(i, Math.min(para.length(), i + width)), i == 0, width == 7));
                labels[k] = i == 0 ? PARA : PARA_WRAP;
            }
            texts.add(LogicalLines.of(page, labels).lines().toString());
        }
        assertEquals(texts.get(0), texts.get(1));
    }

    @Test
    void aLabelCountThatIsNotTheLineCountIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> LogicalLines.of(List.of(line("标题", false, false)), new int[]{TITLE, PARA}));
    }
}
