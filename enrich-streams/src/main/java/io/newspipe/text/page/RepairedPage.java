package io.newspipe.text.page;

import java.time.Instant;
import java.util.List;

/**
 * A page after the repair stage: its logical lines (paragraphs, headings, bylines, captions), in page order, with
 * what repair learnt about each, plus the page's identity for the articles cut from it. This, not raw text, is what
 * the split stage takes. Immutable; {@code lines} is never null and holds no blank line.
 *
 * @param sourceId   the page's stable id
 * @param source     a human name for the input (file name, {@code http}); may be null
 * @param receivedAt when the producer read the page; may be null
 */
public record RepairedPage(String sourceId, String source, Instant receivedAt, List<Line> lines) {
    /**
     * One logical line.
     *
     * @param text          the repaired text: markup and justification spaces removed, column wrap undone
     * @param physicalLines how many lines of the extraction were joined into it (1 when none were)
     * @param indented      whether its first physical line was indented (the extractor's sign of a paragraph start)
     */
    public record Line(String text, int physicalLines, boolean indented) {
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
