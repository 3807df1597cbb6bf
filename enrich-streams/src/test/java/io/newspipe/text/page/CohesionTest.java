package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CohesionTest {
    private static RepairedPage.Line line(String text) {
        return new RepairedPage.Line(text, 1, false, false, false, false);
    }

    /** Paragraphs of two stories that share no words: the first paragraph of the second is a valley. */
    @Test
    void theStartOfAStoryThatSharesNoWordsWithTheOneBeforeIsADeepValley() {
        List<RepairedPage.Line> lines = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            lines.add(line("油茶产业园今年扩大油茶种植面积，油茶加工企业增加油茶产量，油茶产业带动农户增收" + i + "。"));
        }
        for (int i = 0; i < 4; i++) {
            lines.add(line("足球联赛本周继续进行，球队主教练表示球员状态良好，足球比赛门票已经售完" + i + "。"));
        }
        Cohesion.At[] at = Cohesion.of(lines);
        assertEquals("c0", at[4].gap(), "nothing carries over at the boundary");
        assertTrue(at[4].depth().startsWith("min|d4"), at[4].depth());
        assertEquals("sent0", at[4].sentences());
        assertTrue(at[6].sentences().compareTo("sent2") >= 0, at[6].sentences());
    }

    @Test
    void aShortLineSharesItsWordsWithTheSideOfItsOwnStory() {
        List<RepairedPage.Line> lines = List.of(
                line("足球联赛本周继续进行，球队主教练表示球员状态良好，门票已经售完，球迷期待精彩比赛。"),
                line("油茶产业助农增收"),
                line("今年油茶产业园扩大种植面积，油茶加工企业增加产量，带动农户增收致富，产业发展势头良好。"));
        assertEquals("side-after", Cohesion.of(lines)[1].side());
    }

    @Test
    void linesThatCannotStartAParagraphGetNoDepth() {
        List<RepairedPage.Line> lines = List.of(line("今年油茶产业园扩大种植面积，油茶加工"), line("企业增加产量，带动农户增收。"));
        assertEquals("depth-n/a", Cohesion.of(lines)[1].depth());
    }
}
