package io.newspipe.text.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * One annotated sentence: its characters and one BIO tag per character (O, B-PER, I-LOC …). Immutable.
 */
public record BioSentence(String text, List<String> tags) {
    /** An entity span: [start, end) in characters, and its type (PER, LOC, ORG). */
    public record Span(int start, int end, String type) {
    }

    public BioSentence {
        if (text.length() != tags.size()) {
            throw new IllegalArgumentException("one tag per character: " + text.length() + " vs " + tags.size());
        }
        tags = List.copyOf(tags);
    }

    public List<Span> spans() {
        return spans(tags);
    }

    /** Spans of a tag sequence; an I- without its B- starts a span (lenient, as the usual conlleval does). */
    public static List<Span> spans(List<String> tags) {
        List<Span> out = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String t = i < tags.size() ? tags.get(i) : "O";
            boolean inside = t.startsWith("I-") && t.substring(2).equals(type);
            if (!inside && type != null) {
                out.add(new Span(start, i, type));
                type = null;
            }
            if (t.startsWith("B-") || t.startsWith("I-") && !inside) {
                start = i;
                type = t.substring(2);
            }
        }
        return out;
    }
}
