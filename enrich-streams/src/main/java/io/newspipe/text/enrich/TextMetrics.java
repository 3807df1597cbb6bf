package io.newspipe.text.enrich;

import com.hankcs.hanlp.HanLP;
import io.newspipe.model.Metrics;
import io.newspipe.text.Chars;

import java.util.List;

/**
 * Reading metrics of a body: characters, CJK characters, sentences, paragraphs, reading time at 400 CJK characters a
 * minute, TextRank keywords and a one-to-three-sentence extractive summary, from words segmented once for all the
 * stages. Stateless and thread-safe.
 */
public final class TextMetrics {
    static final double CJK_PER_MINUTE = 400.0;

    private final TextRank textRank = new TextRank();

    /** Segments the body itself (HanLP's standard segmenter); the enricher passes the words it already has. */
    public Metrics measure(String body, int paragraphs, int entityCount, int indicatorCount) {
        List<List<com.hankcs.hanlp.seg.common.Term>> lines = new java.util.ArrayList<>();
        for (String line : body.split("\n")) {
            lines.add(HanLP.segment(line));
        }
        return measure(body, lines, paragraphs, entityCount, indicatorCount);
    }

    public Metrics measure(String body, List<List<com.hankcs.hanlp.seg.common.Term>> lines, int paragraphs,
                           int entityCount, int indicatorCount) {
        int cjk = Chars.countCjk(body);
        int sentences = Chars.countSentences(body);
        double minutes = Math.round(cjk / CJK_PER_MINUTE * 10) / 10.0;
        List<String> keywords = body.isBlank() ? List.of() : textRank.keywords(lines, 5);
        int k = sentences > 12 ? 3 : sentences > 6 ? 2 : 1;
        List<String> summary = body.isBlank() ? List.of() : textRank.summary(lines, k);
        return new Metrics(body.length(), cjk, sentences, paragraphs, minutes, entityCount, indicatorCount, keywords,
                String.join("", summary));
    }
}
