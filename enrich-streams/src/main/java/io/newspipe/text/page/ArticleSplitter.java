package io.newspipe.text.page;

import java.util.List;

/**
 * Cuts a repaired page into article drafts: the {@link LineLabeller} says what each line is and where articles begin,
 * the {@link ArticleAssembler} puts the lines together. {@link PageSplitter} is its public face. Thread-safe.
 */
final class ArticleSplitter {
    private final LineLabeller labeller;
    private final ArticleAssembler assembler = new ArticleAssembler();

    ArticleSplitter() {
        this(LineLabeller.shipped());
    }

    ArticleSplitter(LineLabeller labeller) {
        this.labeller = labeller;
    }

    /** Drafts of the page's articles, in page order. Never null; drafts without a body are dropped. */
    List<ArticleDraft> split(List<RepairedPage.Line> lines) {
        return lines.isEmpty() ? List.of() : assembler.assemble(lines, labeller.label(lines));
    }
}
