package io.newspipe.text.page;

import java.util.ArrayList;
import java.util.List;

/** Test fixture: a page's lines with the labels a test chooses, assembled without the model. Not thread-safe. */
final class LabelledLines {
    private final List<RepairedPage.Line> lines = new ArrayList<>();
    private final List<LineRole> roles = new ArrayList<>();
    private final List<Boolean> opens = new ArrayList<>();

    LabelledLines line(String text, LineRole role, boolean opens) {
        lines.add(new RepairedPage.Line(text, 1, false, false, false, false, false));
        roles.add(role);
        this.opens.add(opens);
        return this;
    }

    List<ArticleDraft> assemble() {
        return new ArticleAssembler().assemble(lines, LineLabels.of(roles, this.opens));
    }
}
