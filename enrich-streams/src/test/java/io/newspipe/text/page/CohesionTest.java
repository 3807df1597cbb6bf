package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CohesionTest {
    private static RepairedPage.Line line(String text) {
        return new RepairedPage.Line(text, 1, false, false, false, false, false);
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
        Cohesion.At[] at = Cohesion.of(lines, false);
        assertEquals("c0", at[4].gap(), "nothing carries over at the boundary");
        assertTrue(at[4].depth().startsWith("min|d4"), at[4].depth());
        assertEquals("sent0", at[4].sentences());
        assertTrue(at[6].sentences().compareTo("sent2") >= 0, at[6].sentences());
    }

    /**
     * A story returns to its words after a paragraph about something else, 130 characters long: the narrow window
     * before the third paragraph sees only the second, the wide one reaches back to the first.
     */
    @Test
    void theWideWindowSeesAStorysWordsPastAParagraphThatSharesNone() {
        StringBuilder aside = new StringBuilder();
        for (int k = 0; k < 130; k++) {
            aside.append((char) ('\u5000' + 3 * k));
        }
        List<RepairedPage.Line> lines = List.of(
                line("油茶产业园今年扩大油茶种植面积，油茶加工企业增加产量，带动农户增收致富，油茶产业发展势头良好。"),
                line(aside + "。"),
                line("油茶产业园的油茶加工企业表示，油茶种植面积扩大以后，农户增收致富的路子更宽了，油茶产业发展的信心更足了。"));
        Cohesion.At narrow = Cohesion.of(lines, false)[2];
        Cohesion.At wide = Cohesion.of(lines, true)[2];
        assertEquals("c0", narrow.gap(), "the 120 characters before share nothing with the paragraph");
        assertEquals("w-n/a", narrow.wide(), "measured only when asked");
        assertTrue(wide.wide().compareTo("wf3") >= 0, wide.wide());
        assertEquals(narrow.gap(), wide.gap(), "the narrow measures do not change");
        assertEquals("w-n/a", Cohesion.of(lines, true)[0].wide(), "the first line has no text before it");
    }

    /**
     * Two pages alike but for one phrase: on one it is printed in every paragraph, on the other only in the two
     * paragraphs around a paragraph start. Across that start both pages share the same bigrams, and the plain
     * similarity reads the first page as close or closer (its windows hold fewer distinct bigrams); weighted by rarity
     * on the page, the phrase printed everywhere counts for less, and the order turns.
     */
    @Test
    void aPhrasePrintedAllOverThePageWeighsLessThanOneOnlyItsNeighboursShare() {
        String phrase = "油茶产业园扩大种植面积带动农户增收致富";
        Cohesion.At everywhere = Cohesion.of(page(phrase, p -> true), true)[3];
        Cohesion.At around = Cohesion.of(page(phrase, p -> p == 2 || p == 3), true)[3];
        assertTrue(everywhere.wide().compareTo(around.wide()) >= 0, everywhere.wide() + " vs " + around.wide());
        assertTrue(everywhere.rare().compareTo(around.rare()) < 0, everywhere.rare() + " vs " + around.rare());
        assertEquals("r-n/a", Cohesion.of(page(phrase, p -> true), false)[3].rare(), "measured only when asked");
    }

    /** Eight paragraphs of 60 characters printed nowhere else, {@code phrase} added to those {@code with} picks. */
    private static List<RepairedPage.Line> page(String phrase, java.util.function.IntPredicate with) {
        List<RepairedPage.Line> lines = new ArrayList<>();
        int code = 0x5000;
        for (int para = 0; para < 8; para++) {
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < 60; k++) {
                text.append((char) code++);
            }
            if (with.test(para)) {
                text.insert(30, phrase);
            }
            lines.add(line(text + "。"));
        }
        return lines;
    }

    @Test
    void aShortLineSharesItsWordsWithTheSideOfItsOwnStory() {
        List<RepairedPage.Line> lines = List.of(
                line("足球联赛本周继续进行，球队主教练表示球员状态良好，门票已经售完，球迷期待精彩比赛。"),
                line("油茶产业助农增收"),
                line("今年油茶产业园扩大种植面积，油茶加工企业增加产量，带动农户增收致富，产业发展势头良好。"));
        assertEquals("side-after", Cohesion.of(lines, false)[1].side());
    }

    @Test
    void linesThatCannotStartAParagraphGetNoDepth() {
        List<RepairedPage.Line> lines = List.of(line("今年油茶产业园扩大种植面积，油茶加工"), line("企业增加产量，带动农户增收。"));
        assertEquals("depth-n/a", Cohesion.of(lines, false)[1].depth());
    }
}
