package io.newspipe.text;

import com.hankcs.hanlp.HanLP;
import io.newspipe.model.Metrics;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Reading metrics of a body: characters, CJK characters, sentences, paragraphs, reading time at 400 CJK characters a
 * minute, TextRank keywords and a short extractive summary (both HanLP). Thread-safe: HanLP's TextRank helpers build
 * their state per call.
 */
public final class TextMetrics {
    static final double CJK_PER_MINUTE = 400.0;
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？!?]+[”」』]?");

    public Metrics measure(String body, int paragraphs, int entityCount, int indicatorCount) {
        int cjk = Chars.countCjk(body);
        int sentences = (int) SENTENCE_END.matcher(body).results().count();
        if (sentences == 0 && !body.isBlank()) {
            sentences = 1;
        }
        double minutes = Math.round(cjk / CJK_PER_MINUTE * 10) / 10.0;
        List<String> keywords = body.isBlank() ? List.of() : HanLP.extractKeyword(body, 5);
        List<String> summary = body.isBlank() ? List.of() : HanLP.extractSummary(body, sentences > 6 ? 2 : 1);
        return new Metrics(body.length(), cjk, sentences, paragraphs, minutes, entityCount, indicatorCount, keywords,
                String.join("。", summary) + (summary.isEmpty() ? "" : "。"));
    }
}
