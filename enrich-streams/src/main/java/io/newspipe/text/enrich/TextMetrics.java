package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.common.Term;
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

    /**
     * The metrics of a body, from its lines as the enricher segmented them ({@code lines.get(i)} are the words of the
     * body's i-th line).
     */
    public Metrics measure(String body, List<List<Term>> lines, int paragraphs,
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
