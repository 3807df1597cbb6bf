package io.newspipe.text.page;

import java.time.Instant;
import java.util.List;

/**
 * A page after the repair stage: its physical lines, cleaned, in page order, with what the extraction showed about
 * each, plus the page's identity for the articles cut from it. This, not raw text, is what the split stage takes.
 * Immutable; {@code lines} is never null and holds no blank line (a blank is a flag on the line after it).
 *
 * @param sourceId   the page's stable id
 * @param source     a human name for the input (file name, {@code http}); may be null
 * @param receivedAt when the producer read the page; may be null
 */
public record RepairedPage(String sourceId, String source, Instant receivedAt, List<Line> lines) {
    /**
     * One line.
     *
     * @param text          the cleaned text: markup, width variants and justification spaces removed
     * @param physicalLines how many lines of the extraction it stands for (more than 1 for a vertical headline)
     * @param indented      whether it was indented (the extractor's sign of a paragraph start)
     * @param blankBefore   whether a blank line came before it
     * @param spread        whether justification had spread it out (a line that filled its column)
     * @param markup        whether the extractor marked it up ({@code ##}, {@code **}, a bullet)
     * @param heading       whether the extractor set the whole line as a heading ({@code ## …}, {@code **…**}): a
     *                      type change from the lines around it that are not
     */
    public record Line(String text, int physicalLines, boolean indented, boolean blankBefore, boolean spread,
                       boolean markup, boolean heading) {
        public Line {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("a repaired line has text");
            }
        }
    }

    public RepairedPage {
        lines = List.copyOf(lines);
    }

    /** The lines' texts, in order. */
    public List<String> texts() {
        return lines.stream().map(Line::text).toList();
    }
}
