package io.newspipe.text.page;

import java.util.ArrayList;
import java.util.List;

/**
 * A page with its layout taken out: each line the first pass reads as a continuation joined to the one before (the
 * column wrap undone, as the assembler undoes it), and every extraction flag cleared (indent, blank line before,
 * justification, markup) but whether it is a heading, which only bars a join ({@link LineLabeller}). What is left — the
 * logical lines' text, in order — is the same whatever the column width, blank lines or justification of the page it
 * came from, so the second pass that reads it decides the same articles for another layout of the same paper as long
 * as the first pass undid the wrap alike. Stateless.
 */
public final class LogicalLines {
    private LogicalLines() {
    }

    /**
     * The logical lines of a labelled page.
     *
     * @param lines  the page's repaired lines
     * @param first  for each logical line, the index of the physical line it starts at
     */
    public record Joined(List<RepairedPage.Line> lines, int[] first) {
    }

    /**
     * Joins the lines {@code labels} reads as continuations; {@code labels} holds one label per line. A logical line
     * keeps whether the extractor set it as a heading (see {@link LineLabeller}: never joined to a line it did not).
     */
    public static Joined of(List<RepairedPage.Line> lines, int[] labels) {
        if (labels.length != lines.size()) {
            throw new IllegalArgumentException(labels.length + " labels for " + lines.size() + " lines");
        }
        List<StringBuilder> texts = new ArrayList<>();
        List<Integer> firsts = new ArrayList<>();
        LineRole owner = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            LineRole role = LineLabels.role(labels[i]);
            if (role == LineRole.CONT && !texts.isEmpty()) {
                // A byline's names go on across the wrap as separate words; everything else is CJK text cut anywhere.
                texts.get(texts.size() - 1).append(owner == LineRole.BYLINE ? " " : "").append(text);
            } else {
                texts.add(new StringBuilder(text));
                firsts.add(i);
                owner = role;
            }
        }
        List<RepairedPage.Line> out = new ArrayList<>(texts.size());
        for (int k = 0; k < texts.size(); k++) {
            boolean heading = lines.get(firsts.get(k)).heading();
            out.add(new RepairedPage.Line(texts.get(k).toString(), 1, false, false, false, false, heading));
        }
        return new Joined(out, firsts.stream().mapToInt(Integer::intValue).toArray());
    }
}
