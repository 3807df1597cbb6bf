package io.newspipe.text.page;

import io.newspipe.text.Chars;

import java.util.ArrayList;
import java.util.List;

/**
 * An article as the splitter assembles it, before it gets ids. Mutable while the splitter owns it; not thread-safe.
 * {@code title} and {@code subtitle} may be null; the lists are never null.
 */
final class ArticleDraft {
    String title;
    String subtitle;
    final List<String> authors = new ArrayList<>();
    final List<String> paragraphs = new ArrayList<>();
    final List<String> subheadings = new ArrayList<>();
    final List<String> captions = new ArrayList<>();
    /** A closing byline was seen: the body is over. */
    boolean closed;
    /** The byline's text so far, when it runs over two lines. */
    String bylineText;
    /** The draft opened on a subtitle line with no dash and no headline before it (see the assembler). */
    boolean subtitleFirst;
    /**
     * The headline lines as printed (headline, kicker, subtitle, each with its wrap joined), in page order: what the
     * {@link HeadlineMatcher} moves when a headline stands away from its body.
     */
    final List<Heading> headings = new ArrayList<>();

    /** One headline line of a draft and the role the labeller gave it. */
    static final class Heading {
        final LineRole role;
        /** The index of its first line on the page: page order when lines of several drafts come together. */
        final int line;
        String text;

        Heading(LineRole role, int line, String text) {
            this.role = role;
            this.line = line;
            this.text = text;
        }

        /** The line as the article shows it: a kicker without its closing dash or colon, a subtitle without its dash. */
        String cleaned() {
            return cleaned(role, text);
        }

        /** Whether a headline line starts with a subtitle's dash ({@code ——…}), which {@link #cleaned} strips. */
        static boolean dashed(String text) {
            return text.startsWith("——") || text.startsWith("--");
        }

        static String cleaned(LineRole role, String text) {
            return switch (role) {
                case KICKER -> text.replaceFirst("(?:——|：|:)$", "");
                case SUBTITLE -> text.replaceFirst("^(?:——|--)\\s*", "");
                default -> text;
            };
        }

        @Override
        public String toString() {
            return role + ":" + text;
        }
    }

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public List<String> authors() {
        return authors;
    }

    public List<String> paragraphs() {
        return paragraphs;
    }

    public List<String> subheadings() {
        return subheadings;
    }

    public List<String> captions() {
        return captions;
    }

    public String body() {
        return String.join("\n", paragraphs);
    }

    /** False when the body stops mid-sentence: the extraction lost its end, or a chunk of it. */
    public boolean complete() {
        if (paragraphs.isEmpty()) {
            return false;
        }
        return closed || Chars.endsClosed(paragraphs.get(paragraphs.size() - 1));
    }

    void addAuthors(List<String> names) {
        for (String n : names) {
            if (!authors.contains(n)) {
                authors.add(n);
            }
        }
    }

    @Override
    public String toString() {
        return "ArticleDraft{title=" + title + ", paragraphs=" + paragraphs.size() + ", authors=" + authors + "}";
    }
}
