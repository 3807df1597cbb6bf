package io.newspipe.text.page;

import java.util.ArrayList;
import java.util.List;

/** Test fixture: a page's lines with the labels a test chooses, assembled without the model. Not thread-safe. */
final class LabelledLines {
    private final List<RepairedPage.Line> lines = new ArrayList<>();
    private final List<Integer> labels = new ArrayList<>();
    private LineRole owner;

    LabelledLines line(String text, LineRole role, boolean opens) {
        lines.add(new RepairedPage.Line(text, 1, false, false, false, false));
        labels.add(LineLabels.of(role, opens, owner));
        owner = role == LineRole.CONT ? owner : role;
        return this;
    }

    List<ArticleDraft> assemble() {
        return new ArticleAssembler().assemble(lines, labels.stream().mapToInt(Integer::intValue).toArray());
    }
}
