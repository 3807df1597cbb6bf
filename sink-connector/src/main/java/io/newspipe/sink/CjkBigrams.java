package io.newspipe.sink;

/**
 * Text for a {@code simple} tsvector over Chinese without an extension: overlapping character bigrams of each CJK run
 * (the CJKAnalyzer approach), Latin words and numbers as they are. A query for {@code 网格} then matches the token
 * {@code 网格}; longer queries are phrases of bigrams. Stateless, thread-safe.
 */
public final class CjkBigrams {
    private CjkBigrams() {
    }

    public static String of(String text) {
        StringBuilder out = new StringBuilder(text.length() * 3);
        StringBuilder run = new StringBuilder();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                flushWord(out, word);
                run.append(c);
            } else {
                flushRun(out, run);
                if (Character.isLetterOrDigit(c)) {
                    word.append(Character.toLowerCase(c));
                } else {
                    flushWord(out, word);
                }
            }
        }
        flushRun(out, run);
        flushWord(out, word);
        return out.toString().strip();
    }

    /** The tsquery text for a search string: bigrams joined by the phrase operator. */
    public static String query(String q) {
        return String.join(" <-> ", of(q).split(" "));
    }

    private static void flushRun(StringBuilder out, StringBuilder run) {
        if (run.length() == 1) {
            out.append(run).append(' ');
        }
        for (int i = 0; i + 1 < run.length(); i++) {
            out.append(run, i, i + 2).append(' ');
        }
        run.setLength(0);
    }

    private static void flushWord(StringBuilder out, StringBuilder word) {
        if (word.length() > 0) {
            out.append(word).append(' ');
            word.setLength(0);
        }
    }
}
