package io.newspipe.text;

/** Character classes shared by the text stages. Stateless, thread-safe. */
public final class Chars {
    private Chars() {
    }

    public static boolean isCjk(int c) {
        // The script lookup is a binary search over every script range; nearly every character of a Chinese page is
        // either below the first Han block or in the main one (assigned throughout as of Java 17's Unicode 13).
        if (c < 0x2E80) {
            return false;
        }
        if (c >= 0x4E00 && c <= 0x9FFC) {
            return true;
        }
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** Chinese punctuation, full-width forms and CJK symbols: the marks justification spaces get inserted around. */
    public static boolean isCjkPunct(int c) {
        return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20)
                || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65)
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·' || c == '「'
                || c == '」' || c == '『' || c == '』';
    }

    public static boolean isCjkOrPunct(int c) {
        return isCjk(c) || isCjkPunct(c);
    }

    /** The marks that end a sentence: 。！？ and their ASCII forms. */
    public static boolean isSentenceEnd(int c) {
        return c == '。' || c == '！' || c == '？' || c == '!' || c == '?';
    }

    /** Marks after which a line may end a paragraph or an article: a sentence end, an ellipsis or a semicolon. */
    public static boolean isTerminal(int c) {
        return isSentenceEnd(c) || c == '…' || c == '；';
    }

    /** Closing quotes and brackets, which may follow a sentence's final mark. */
    public static boolean isClosing(int c) {
        return c == '”' || c == '）' || c == ')' || c == '」' || c == '』';
    }

    /** Whether {@code s} ends where a sentence can end: on a terminal mark or a closing quote or bracket. */
    public static boolean endsClosed(CharSequence s) {
        if (s.length() == 0) {
            return false;
        }
        int c = Character.codePointBefore(s, s.length());
        return isTerminal(c) || isClosing(c);
    }

    /** How many sentences {@code s} holds: runs of sentence-end marks, at least one for non-blank text. */
    public static int countSentences(CharSequence s) {
        int n = 0;
        boolean inEnd = false;
        boolean text = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean end = isSentenceEnd(c);
            if (end && !inEnd) {
                n++;
            }
            inEnd = end;
            text |= !Character.isWhitespace(c);
        }
        return n == 0 && text ? 1 : n;
    }

    public static int countCjk(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isCjk(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** Full-width ASCII variants (digits, Latin letters, %, +, …) to their ASCII form; Chinese punctuation is kept. */
    public static String foldWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') || c == '％' || c == '＋'
                    || c == '．' || c == '－' || c == '／') {
                b.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
