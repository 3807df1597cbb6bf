package io.newspipe.text.page;

import io.newspipe.model.Article;
import io.newspipe.model.SourceIds;
import io.newspipe.text.dedup.BodyFingerprint;

import java.util.ArrayList;
import java.util.List;

/**
 * Stage 2, the split stage's one entry point: a {@link RepairedPage} in, its articles out, each with its id
 * ({@code <sourceId>-<nn>}) and its exact-duplicate key. The topology and {@code pipeline split} both call it. Thread-safe.
 */
public final class PageSplitter {
    private final ArticleSplitter splitter;

    /** The splitter with the shipped models. */
    public PageSplitter() {
        this(LineLabeller.shipped(), LineLabeller.shippedLogical());
    }

    /**
     * A splitter with models of the caller's (freshly trained ones, in their evaluation).
     *
     * @param lines   the first pass's labeller, over physical lines
     * @param logical the second pass's, over logical lines; null to assemble the first pass's labels (one pass)
     */
    public PageSplitter(LineLabeller lines, LineLabeller logical) {
        this.splitter = new ArticleSplitter(lines, logical);
    }

    /**
     * The page's articles, in page order. Never empty.
     *
     * @throws IllegalArgumentException when the page has no text an article can be made of
     */
    public List<Article> split(RepairedPage page) {
        if (page.lines().isEmpty()) {
            throw new IllegalArgumentException("page " + page.sourceId() + " has no text");
        }
        return articles(page, splitter.split(page.lines()));
    }

    /**
     * An evaluation seam: the page's articles when the first pass reads the lines as {@code firstPassLabels} say
     * ({@link LineLabels}, one per line: the truth of a generated page), the second pass and the assembly as always.
     * What an evaluation learns from it is how much of the splitter's error is the first pass's.
     *
     * @throws IllegalArgumentException as {@link #split(RepairedPage)}, or when the labels are not one per line
     */
    public List<Article> split(RepairedPage page, int[] firstPassLabels) {
        if (firstPassLabels.length != page.lines().size()) {
            throw new IllegalArgumentException(firstPassLabels.length + " labels for " + page.lines().size() + " lines");
        }
        if (page.lines().isEmpty()) {
            throw new IllegalArgumentException("page " + page.sourceId() + " has no text");
        }
        return articles(page, splitter.split(page.lines(), firstPassLabels));
    }

    /**
     * One line of a page as the splitter read it, before the assembler and the headline matcher put articles together
     * (they may still move a headline to another story).
     *
     * @param text          the logical line: the physical lines the first pass joined, as one
     * @param role          its role; {@link LineRole#CONT} when the second pass joins it to the line before
     * @param continues     for a {@code CONT}, the role it continues; null otherwise
     * @param opens         whether it opens an article
     * @param physicalLines how many physical lines of the repaired page it joins
     */
    public record LineReading(String text, LineRole role, LineRole continues, boolean opens, int physicalLines) {
        static LineReading of(String text, int label, int physicalLines) {
            LineRole role = LineLabels.role(label);
            return new LineReading(text, role, role == LineRole.CONT ? LineLabels.continued(label) : null,
                    LineLabels.opens(label), physicalLines);
        }
    }

    /** How the page's lines were read, in page order ({@link LineReading}): what {@code pipeline split --lines} prints. */
    public List<LineReading> read(RepairedPage page) {
        return splitter.read(page.lines());
    }

    private static List<Article> articles(RepairedPage page, List<ArticleDraft> drafts) {
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
