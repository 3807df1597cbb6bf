package io.newspipe.text;

import io.newspipe.model.Article;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;

import java.util.ArrayList;
import java.util.List;

/**
 * Page → articles with ids: the split stage as the topology and {@code pipeline split} both call it. Thread-safe.
 *
 * @throws IllegalArgumentException from {@link #split} when a page has no text an article can be made of
 */
public final class PageSplitter {
    private final ArticleSplitter splitter = new ArticleSplitter();

    /** Repairs and splits a page as it arrived. */
    public List<Article> split(RawPage page) {
        requireText(page);
        return articles(page, splitter.split(page.text()));
    }

    /**
     * Splits a page whose text is already repaired, one logical line per line (what the repair stage forwards):
     * the same articles as {@link #split} on the original, without repairing twice.
     */
    public List<Article> splitRepaired(RawPage page) {
        requireText(page);
        return articles(page, splitter.splitLines(List.of(page.text().split("\n"))));
    }

    private static void requireText(RawPage page) {
        if (page.text() == null || page.text().isBlank()) {
            throw new IllegalArgumentException("page " + page.sourceId() + " has no text");
        }
    }

    private static List<Article> articles(RawPage page, List<ArticleDraft> drafts) {
        if (drafts.isEmpty()) {
            throw new IllegalArgumentException("page " + page.sourceId() + " yields no article (no paragraph of text)");
        }
        List<Article> out = new ArrayList<>(drafts.size());
        int ordinal = 0;
        for (ArticleDraft d : drafts) {
            ordinal++;
            out.add(Article.split(SourceIds.articleId(page.sourceId(), ordinal), page.sourceId(), page.source(),
                    ordinal, d.title(), d.subtitle(), d.authors(), d.paragraphs(), d.subheadings(), d.captions(),
                    d.complete(), BodyFingerprint.of(d.body()), page.receivedAt()));
        }
        return out;
    }
}
