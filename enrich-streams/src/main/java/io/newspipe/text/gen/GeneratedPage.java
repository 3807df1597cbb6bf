package io.newspipe.text.gen;

import io.newspipe.text.page.LineRole;

import java.util.List;
import java.util.Map;

/**
 * A generated page: its text as an extractor would give it, each non-blank physical line with its true role and
 * whether it opens an article, the articles a reader would cut out, and the layout choices made (for per-feature
 * scores). Immutable.
 */
public record GeneratedPage(String text, List<Line> lines, List<TruthArticle> articles, Map<String, String> layout) {
    /** One non-blank physical line as printed, and what it is. */
    public record Line(String text, LineRole role, boolean opensArticle) {
    }

    public GeneratedPage {
        lines = List.copyOf(lines);
        articles = List.copyOf(articles);
        layout = Map.copyOf(layout);
    }
}
