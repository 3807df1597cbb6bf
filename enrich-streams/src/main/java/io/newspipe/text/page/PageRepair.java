package io.newspipe.text.page;

import io.newspipe.model.RawPage;
import io.newspipe.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1: repairs what PDF extraction does to each line of a page, before the page is split into articles: markdown
 * from the extractor, width variants, justification spaces between CJK characters, page furniture, a headline set
 * vertically, a line without breaks. The result is a {@link RepairedPage}: the page's physical lines, cleaned, with
 * what the extraction showed about each (indent, a blank line before it, justification, markup). Joining lines that
 * a column wrapped is the split stage's work: whether a line goes on depends on what the lines are.
 *
 * <p>Stateless and thread-safe. Never returns null.
 */
public final class PageRepair {
    private static final Pattern MARKUP = Pattern.compile("^#{1,6}\\s*|\\*\\*|__|^[■●◆▲★]\\s*");
    /** A whole line set as a heading: {@code ## …}, or bold from end to end ({@code **衡阳日报讯**（…）…} is not). */
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s*\\S.*|\\*\\*[^*]+\\*\\*");
    // A run of 2-4 CJK characters, alone or in a list separated by spaces: a line of names, whose spaces are kept.
    private static final Pattern NAME_LIST = Pattern.compile("^[（(]?\\p{IsHan}{2,4}(?: +\\p{IsHan}{1,4})+[)）]?$");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*[（(][\\p{IsHan} ]{2,30}[)）]$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");
    private static final Pattern SPACES = Pattern.compile(" +");
    /** Justification: three or more single characters in a row, each followed by a space ({@code 年 工 作 ，安}). */
    private static final Pattern SPREAD = Pattern.compile("(?:\\S\\s+){3}\\S");

    /** Lines the extractor prints that belong to no article: page numbers, folios, lone markup. */
    private static final Pattern FURNITURE = Pattern.compile("^(?:第?\\s*\\d{1,3}\\s*版?|[-—=_*#·]+|\\d{1,3}\\s*/\\s*\\d{1,3})$");

    /** The repair stage: the page's cleaned physical lines, with its identity. Never null. */
    public RepairedPage repair(RawPage page) {
        return new RepairedPage(page.sourceId(), page.source(), page.receivedAt(), lines(page.text()));
    }

    /** The cleaned lines of a page's text; an empty page gives an empty list. */
    List<RepairedPage.Line> lines(String page) {
        List<RepairedPage.Line> lines = new ArrayList<>();
        boolean blank = false;
        for (String raw : LINE_BREAK.split(page, -1)) {
            String line = cleanLine(raw);
            if (line.isEmpty() || mayBeFurniture(line) && FURNITURE.matcher(line).matches()) {
                blank |= raw.isBlank();
                continue;
            }
            // The extractor keeps a paragraph's first-line indent as a leading space: a paragraph starts here.
            boolean indented = !raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\u3000');
            boolean spread = hasRegexSpace(raw) && SPREAD.matcher(raw.strip()).find();
            String folded = Chars.foldWidth(raw);
            boolean markup = mayHaveMarkup(folded) && MARKUP.matcher(folded.strip()).find();
            boolean heading = markup && HEADING.matcher(folded.strip()).matches();
            for (String part : cutLongLine(line)) {
                lines.add(new RepairedPage.Line(part, 1, indented, blank, spread, markup, heading));
                indented = true;
                blank = false;
            }
        }
        return joinVertical(lines);
    }

    /**
     * A line longer than any paragraph ({@link #LONG_LINE} characters: text extracted without line breaks) is cut
     * into paragraphs after sentence ends, about {@link #PARAGRAPH} characters each, so that the stages after repair
     * never hold one enormous line. Shorter lines are returned as they are.
     */
    static List<String> cutLongLine(String line) {
        if (line.length() <= LONG_LINE) {
            return List.of(line);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        while (line.length() - from > LONG_LINE) {
            int cut = -1;
            for (int i = from + PARAGRAPH; i < Math.min(line.length(), from + LONG_LINE); i++) {
                if (Chars.isSentenceEnd(line.charAt(i))) {
                    cut = i + 1;
                    break;
                }
            }
            // No sentence end in reach: cut at the limit rather than keep the whole line.
            cut = cut < 0 ? from + LONG_LINE : cut;
            out.add(line.substring(from, cut));
            from = cut;
        }
        out.add(line.substring(from));
        return out;
    }

    static final int LONG_LINE = 4_000;
    static final int PARAGRAPH = 800;

    /**
     * A headline set vertically comes out one or two characters a line; three such lines in a row are one line. A
     * bracket or mark of its own inside the headline ({@code 《}) stays in it; a blank line starts the next column, which
     * is a line of its own (a subtitle set beside the headline).
     */
    private static List<RepairedPage.Line> joinVertical(List<RepairedPage.Line> lines) {
        List<RepairedPage.Line> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && verticalPiece(lines.get(j).text(), j == i)
                    && (j == i || !lines.get(j).blankBefore())) {
                j++;
            }
            if (j - i >= 3) {
                StringBuilder joined = new StringBuilder();
                lines.subList(i, j).forEach(l -> joined.append(l.text()));
                out.add(new RepairedPage.Line(joined.toString(), j - i, false, lines.get(i).blankBefore(), false, false,
                        false));
                i = j;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    /** Whether {@link #MARKUP} can match: the regex costs more than the look, and most lines have no markup. */
    private static boolean mayHaveMarkup(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '#' || c == '*' || c == '_' || c == '■' || c == '●' || c == '◆' || c == '▲' || c == '★') {
                return true;
            }
        }
        return false;
    }

    /** Whether the line holds a character that {@code \\s} matches: {@link #SPREAD} needs one. */
    private static boolean hasRegexSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r' || c == '\n') {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #FURNITURE} can match: it begins with 第, a digit or a rule character. */
    private static boolean mayBeFurniture(String line) {
        char c = line.charAt(0);
        return c == '第' || c >= '0' && c <= '9' || "-—=_*#·".indexOf(c) >= 0;
    }

    /** One or two characters of a vertical headline; its first line starts with a character, not a mark. */
    private static boolean verticalPiece(String t, boolean first) {
        if (t.length() > 2) {
            return false;
        }
        char c = t.charAt(0);
        return Chars.isCjk(c) || !first && t.length() == 1 && Chars.isCjkPunct(c);
    }

    /** One physical line: markup, width, and justification spaces. */
    public static String cleanLine(String raw) {
        String s = Chars.foldWidth(raw).replace('\u00A0', ' ').strip();
        if (mayHaveMarkup(s)) {
            s = MARKUP.matcher(s).replaceAll("").strip();
        }
        if (s.indexOf(' ') < 0) {
            // The patterns below are about spaces (a name list, a closing byline's names): most lines have none.
            return s;
        }
        if (NAME_LIST.matcher(s).matches()) {
            return SPACES.matcher(s).replaceAll(" ");
        }
        // A closing byline keeps the spaces between its names: （单建华 杨情陆）, not （单建华杨情陆）.
        char end = s.charAt(s.length() - 1);
        Matcher closing = end == ')' || end == '）' ? TRAILING_PAREN.matcher(s) : null;
        if (closing != null && closing.find() && closing.start() > 0) {
            return removeJustificationSpaces(s.substring(0, closing.start()).strip())
                    + SPACES.matcher(closing.group().strip()).replaceAll(" ");
        }
        return removeJustificationSpaces(s);
    }

    /**
     * Drops spaces next to a CJK character or Chinese punctuation ({@code 召 开 ，总 结} → {@code 召开，总结},
     * {@code 3 月 19 日} → {@code 3月19日}); keeps a space between two Latin words or numbers ({@code AI model}).
     * Byline lines with roles ({@code 记者 张三 通讯员 李四}) keep a space between a role and a name.
     */
    static String removeJustificationSpaces(String s) {
        if (s.indexOf(' ') < 0) {
            return s;
        }
        String[] parts = SPACES.split(s);
        if (Bylines.isRoleByline(s)) {
            return String.join(" ", parts);
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                int prev = b.codePointBefore(b.length());
                int next = part.codePointAt(0);
                if (!Chars.isCjkOrPunct(prev) && !Chars.isCjkOrPunct(next) && !inSpacedRun(parts, i)) {
                    b.append(' ');
                }
            }
            b.append(part);
        }
        return b.toString();
    }

    /**
     * Whether the space before {@code parts[i]} sits inside a run of three or more one-character tokens
     * ({@code 7 6 . 2 0}): that is justification spreading a word out, whatever its characters.
     */
    private static boolean inSpacedRun(String[] parts, int i) {
        if (parts[i].length() != 1 || parts[i - 1].length() != 1) {
            return false;
        }
        boolean before = i >= 2 && parts[i - 2].length() == 1;
        boolean after = i + 1 < parts.length && parts[i + 1].length() == 1;
        return before || after;
    }

    /** CJK counts 1, a run of ASCII counts about half: what fills a newspaper column. */
    public static int visualLength(String s) {
        double n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x2E80 && c != '“' && c != '”' && c != '—' && c != '…' ? 0.5 : 1;
        }
        return (int) Math.round(n);
    }
}
