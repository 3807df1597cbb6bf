package io.newspipe.text.gen;

import java.util.List;

/**
 * An article as a careful reader would cut it out of a page: what the splitter should find. Immutable; lists never
 * null; {@code title} and {@code subtitle} may be null.
 */
public record TruthArticle(String title, String subtitle, String kicker, List<String> authors, List<String> paragraphs,
                           List<String> subheadings, List<String> captions) {
    public TruthArticle {
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
        subheadings = List.copyOf(subheadings);
        captions = List.copyOf(captions);
    }

    public String body() {
        return String.join("\n", paragraphs);
    }
}
