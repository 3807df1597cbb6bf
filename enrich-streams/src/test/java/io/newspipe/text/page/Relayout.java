package io.newspipe.text.page;

import io.newspipe.text.gen.PageGenerator;

import java.util.ArrayList;
import java.util.List;

/**
 * A page laid out another way, as another PDF extractor would give the same paper: the page's logical lines (each
 * line the labeller reads as a continuation joined to the one before), in the page's own order, body paragraphs and
 * captions re-wrapped at a column width, headings left on lines of their own; with or without blank lines, with or
 * without justification spaces in full lines. The width counts characters, or (a column's width) counts an ASCII
 * digit or letter as half a character, as a paper sets them and as the page generator wraps. Deterministic.
 */
public final class Relayout {
    private Relayout() {
    }

    /** One logical line of a page and the role the labeller gives its first physical line. */
    record Block(String text, LineRole role) {
    }

    static List<Block> blocks(String page) {
        List<RepairedPage.Line> lines = new PageRepair().lines(page);
        int[] labels = LineLabeller.shipped().label(lines);
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRole role = LineLabels.role(labels[i]);
            String text = lines.get(i).text();
            if (role == LineRole.CONT && !out.isEmpty()) {
                Block last = out.remove(out.size() - 1);
                out.add(new Block(last.text() + text, last.role()));
            } else {
                out.add(new Block(text, role));
            }
        }
        return out;
    }

    /** The page re-laid at {@code width} characters a line. */
    public static String page(String page, int width, boolean blankLines, boolean justified) {
        return page(page, width, blankLines, justified, false);
    }

    /**
     * The page re-laid at {@code width} a line; {@code column}: the width of a column, where half-width characters
     * take half a place, else a count of characters.
     */
    public static String page(String page, int width, boolean blankLines, boolean justified, boolean column) {
        StringBuilder out = new StringBuilder();
        for (Block b : blocks(page)) {
            boolean body = b.role() == LineRole.PARA || b.role() == LineRole.CAPTION;
            List<String> wrapped = !body ? List.of(b.text()) : column ? PageGenerator.wrap(b.text(), width)
                    : wrap(b.text(), width);
            for (int i = 0; i < wrapped.size(); i++) {
                boolean full = i + 1 < wrapped.size();
                out.append(justified && full && i % 2 == 1 ? spread(wrapped.get(i)) : wrapped.get(i)).append('\n');
                if (blankLines) {
                    out.append('\n');
                }
            }
        }
        return out.toString();
    }

    private static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i += width) {
            out.add(text.substring(i, Math.min(text.length(), i + width)));
        }
        return out;
    }

    /** Spaces between the characters of a line, digits kept together, as a justified column prints them. */
    private static String spread(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            b.append(c);
            boolean digits = Character.isDigit(c) && i + 1 < line.length() && Character.isDigit(line.charAt(i + 1));
            if (i + 1 < line.length() && !digits) {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
