package io.newspipe.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The passage of a body that shows why it matched: a window around the first place a term occurs, and the places of
 * every term in it as [start, end) offsets into the passage. The page marks them; the text itself is never treated
 * as markup. Stateless.
 */
final class Snippets {
    static final int BEFORE = 30;
    static final int LENGTH = 110;

    private Snippets() {
    }

    /** A snippet and the offsets to highlight in it. */
    record Snippet(String text, List<int[]> marks) {
    }

    static Snippet of(String body, List<String> terms) {
        String folded = body.toLowerCase(Locale.ROOT);
        // Offsets are taken in the folded text: when folding changed its length, search the text as it is.
        String lower = folded.length() == body.length() ? folded : body;
        int first = -1;
        for (String t : terms) {
            int at = lower.indexOf(t.toLowerCase(Locale.ROOT));
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        int start = first < 0 ? 0 : Math.max(0, first - BEFORE);
        int end = Math.min(body.length(), start + LENGTH);
        String text = (start > 0 ? "…" : "") + body.substring(start, end).replace('\n', ' ') + (end < body.length() ? "…" : "");
        int shift = start > 0 ? 1 : 0;
        String window = lower.substring(start, end);
        List<int[]> marks = new ArrayList<>();
        for (String t : terms) {
            String lt = t.toLowerCase(Locale.ROOT);
            for (int at = window.indexOf(lt); at >= 0 && !lt.isEmpty(); at = window.indexOf(lt, at + lt.length())) {
                marks.add(new int[] {at + shift, at + shift + lt.length()});
            }
        }
        marks.sort((a, b) -> Integer.compare(a[0], b[0]));
        return new Snippet(text, marks);
    }
}
