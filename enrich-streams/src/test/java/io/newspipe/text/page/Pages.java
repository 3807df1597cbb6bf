package io.newspipe.text.page;

import io.newspipe.model.Article;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Test fixtures: page text to what the repair and split stages make of it, as the pipeline would. */
public final class Pages {
    private Pages() {
    }

    /** A UTF-8 page with its id from its bytes, as the producer would send it. */
    public static RawPage raw(String source, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new RawPage(SourceIds.forBytes(bytes), source, Instant.EPOCH, "UTF-8", text, bytes.length);
    }

    /** Repair, then split: the articles the topology makes of this page. */
    public static List<Article> articles(RawPage page) {
        return new PageSplitter().split(new PageRepair().repair(page));
    }

    public static List<Article> articles(String text) {
        return articles(raw("test", text));
    }

    /** The splitter's drafts for a page's text, after repair. */
    static List<ArticleDraft> drafts(String text) {
        return new ArticleSplitter().split(new PageRepair().lines(text));
    }

    /** The page's logical lines: its repaired lines, each one the labeller reads as a continuation joined to the one before. */
    public static List<String> logicalLines(String text) {
        return Relayout.blocks(text).stream().map(Relayout.Block::text).toList();
    }

    /** The repaired lines' texts. */
    public static List<String> repairedTexts(String text) {
        return new PageRepair().lines(text).stream().map(RepairedPage.Line::text).toList();
    }
}
