package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.model.Metrics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMetricsTest {
    private static final Segment SEGMENT = EntityExtractor.segment();

    /** The words as the enricher hands them over: one segmentation per line. */
    private static List<List<Term>> words(String body) {
        List<List<Term>> out = new ArrayList<>();
        for (String line : body.split("\n", -1)) {
            out.add(SEGMENT.seg(line));
        }
        return out;
    }

    private static Metrics measure(String body, int paragraphs) {
        return new TextMetrics().measure(body, words(body), paragraphs, 3, 2);
    }

    @Test
    void countsCharactersSentencesAndParagraphs() {
        // 40 characters, 34 of them CJK, 4 sentences (a run of marks ends one sentence), 2 paragraphs.
        String body = "天心区构建五级治理体系。网格员第一时间协调！！问题当天就解决了？\n居民纷纷点赞。";
        Metrics m = measure(body, 2);
        assertEquals(40, m.chars());
        assertEquals(34, m.cjkChars());
        assertEquals(4, m.sentences());
        assertEquals(2, m.paragraphs());
        assertEquals(3, m.entityCount());
        assertEquals(2, m.indicatorCount());
        assertEquals(0.1, m.readingMinutes(), "34 characters at 400 a minute, to a tenth");
    }

    @Test
    void readingTimeIsFourHundredCjkCharactersAMinute() {
        String sentence = "网格员当天协调维修。";
        String body = sentence.repeat(100);
        assertEquals(900, measure(body, 1).cjkChars());
        assertEquals(2.3, measure(body, 1).readingMinutes());
        assertEquals(1, measure("没有句号的一行", 1).sentences(), "text without a mark is one sentence");
    }

    @Test
    void keywordsAndSummaryComeFromTheText() {
        String body = "网格员每天巡查社区。网格员发现漏水问题后当天协调维修。居民对网格员的服务十分满意。\n天气晴朗。";
        Metrics m = measure(body, 2);
        assertTrue(m.keywords().contains("网格"), m.keywords().toString());
        assertTrue(m.keywords().size() <= 5);
        assertTrue(body.replace("\n", "").contains(m.summary()), m.summary());
        assertTrue(m.summary().contains("网格员"), "the summary is a central sentence, not the weather: " + m.summary());
    }
}
