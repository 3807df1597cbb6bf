package io.newspipe.text.page;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Cuts a repaired page into article drafts in two passes. The first {@link LineLabeller} reads the physical lines and
 * says which ones the column wrapped; those are joined into {@link LogicalLines}, with the extraction's layout flags
 * cleared. The second labeller, trained on such logical lines, says what each one is and where articles begin, and
 * the {@link ArticleAssembler} puts them together. The layout (width, blank lines, justification) thus reaches only
 * the decision it is evidence for, whether a line goes on, and not where a story ends. With no second labeller, the
 * first one's labels are assembled as they are (one pass). {@link PageSplitter} is its public face. Thread-safe.
 */
final class ArticleSplitter {
    private final LineLabeller lines;
    private final LineLabeller logical;
    private final ArticleAssembler assembler = new ArticleAssembler();

    ArticleSplitter() {
        this(LineLabeller.shipped(), LineLabeller.shippedLogical());
    }

    /** @param logical the second pass's labeller, or null for one pass */
    ArticleSplitter(LineLabeller lines, LineLabeller logical) {
        this.lines = lines;
        this.logical = logical;
    }

    /** Drafts of the page's articles, in page order. Never null; drafts without a body are dropped. */
    List<ArticleDraft> split(List<RepairedPage.Line> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return split(page, lines.label(page));
    }

    /**
     * How the page was read, line by line, before assembly: each logical line (the first pass's joins undone into
     * one) with the label the second pass gives it, and how many physical lines it joins; with one pass, each physical
     * line with its own label. Never null.
     */
    List<PageSplitter.LineReading> read(List<RepairedPage.Line> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Labelled l = labelled(page, lines.label(page));
        List<PageSplitter.LineReading> out = new ArrayList<>(l.labels().length);
        for (int i = 0; i < l.labels().length; i++) {
            int end = i + 1 < l.labels().length ? l.first()[i + 1] : page.size();
            out.add(PageSplitter.LineReading.of(l.lines().get(i).text(), l.labels()[i], end - l.first()[i]));
        }
        return out;
    }

    /** As {@link #split(List)}, with the first pass's labels given ({@code firstPass}: one per line of the page). */
    List<ArticleDraft> split(List<RepairedPage.Line> page, int[] firstPass) {
        if (page.isEmpty()) {
            return List.of();
        }
        Labelled l = labelled(page, firstPass);
        return assembler.assemble(l.lines(), l.labels());
    }

    /** The lines the assembler takes, their labels, and the physical line each starts at. */
    private record Labelled(List<RepairedPage.Line> lines, int[] labels, int[] first) {
    }

    /** The second pass over the first pass's logical lines; with one pass, the physical lines as labelled. */
    private Labelled labelled(List<RepairedPage.Line> page, int[] firstPass) {
        if (logical == null) {
            return new Labelled(page, firstPass, IntStream.range(0, page.size()).toArray());
        }
        LogicalLines.Joined joined = LogicalLines.of(page, firstPass);
        return new Labelled(joined.lines(), logical.labelLogical(joined.lines()), joined.first());
    }
}
