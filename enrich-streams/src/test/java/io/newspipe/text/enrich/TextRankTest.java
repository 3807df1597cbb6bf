package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextRankTest {
    private static final Segment SEGMENT = EntityExtractor.segment();

    private static List<List<Term>> words(String text) {
        List<List<Term>> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            out.add(SEGMENT.seg(line));
        }
        return out;
    }

    @Test
    void theWordEverythingElseSitsBesideRanksFirst() {
        String text = "水稻丰收。农民收割水稻。水稻价格稳定。合作社收购水稻。水稻加工企业扩产。";
        List<String> keywords = new TextRank().keywords(words(text), 3);
        assertEquals("水稻", keywords.get(0), keywords.toString());
        assertEquals(3, keywords.size());
        assertFalse(keywords.contains("。"), "punctuation is no keyword");
    }

    @Test
    void stopWordsAndSingleCharactersAreNoKeywords() {
        List<String> keywords = new TextRank().keywords(words("我们开展工作。我们推进工作。我们加强工作。"), 5);
        assertTrue(keywords.stream().noneMatch(w -> w.equals("我们") || w.equals("工作") || w.length() < 2), keywords.toString());
    }

    @Test
    void theSummaryIsTheMostCentralSentencesInTextOrder() {
        String text = "今天天气晴朗。\n网格员走访社区了解居民用水问题。网格员协调维修社区供水管道。"
                + "居民感谢网格员解决社区用水问题。\n明天可能下雨。";
        List<String> one = new TextRank().summary(words(text), 1);
        assertEquals(1, one.size());
        assertTrue(one.get(0).contains("网格员") && one.get(0).contains("社区"), one.toString());
        List<String> two = new TextRank().summary(words(text), 2);
        assertEquals(2, two.size());
        assertTrue(text.indexOf(two.get(0)) < text.indexOf(two.get(1)), "in the order the text has them: " + two);
        assertEquals(5, new TextRank().summary(words(text), 9).size(), "asking for more than there is gives all");
    }
}
