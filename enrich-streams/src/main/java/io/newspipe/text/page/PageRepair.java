package io.newspipe.text.page;

import io.newspipe.model.RawPage;
import io.newspipe.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 1: repairs what PDF extraction does to a page, before it is split into articles: markdown from the extractor,
 * width variants, justification spaces between CJK characters, and column wrap (a paragraph cut into lines of ~15
 * characters). The result is a {@link RepairedPage}: logical lines (paragraphs, headings, bylines), blank-free.
 *
 * <p>Stateless and thread-safe. Never returns null.
 */
public final class PageRepair {
    private static final Pattern MARKUP = Pattern.compile("^#{1,6}\\s*|\\*\\*|__|^[■●◆▲★]\\s*");
    // A run of 2-4 CJK characters, alone or in a list separated by spaces: a line of names, whose spaces are kept.
    private static final Pattern NAME_LIST = Pattern.compile("^[（(]?\\p{IsHan}{2,4}(?: +\\p{IsHan}{1,4})+[)）]?$");
    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*[（(][\\p{IsHan} ]{2,30}[)）]$");
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|\\n");

    /** Lines the extractor prints that belong to no article: page numbers, folios, lone markup. */
    private static final Pattern FURNITURE = Pattern.compile("^(?:第?\\s*\\d{1,3}\\s*版?|[-—=_*#·]+|\\d{1,3}\\s*/\\s*\\d{1,3})$");

    /** The repair stage: the page's text as logical lines, with its identity. Never null. */
    public RepairedPage repair(RawPage page) {
        return new RepairedPage(page.sourceId(), page.source(), page.receivedAt(), lines(page.text()));
    }

    /** The logical lines of a page's text; an empty page gives an empty list. */
    List<RepairedPage.Line> lines(String page) {
        List<Physical> lines = new ArrayList<>();
        for (String raw : LINE_BREAK.split(page, -1)) {
            String line = cleanLine(raw);
            if (!line.isEmpty() && !FURNITURE.matcher(line).matches()) {
                // The extractor keeps a paragraph's first-line indent as a leading space: a paragraph starts here.
                boolean indented = !raw.isEmpty() && (raw.charAt(0) == ' ' || raw.charAt(0) == '\u3000');
                for (String part : cutLongLine(line)) {
                    lines.add(new Physical(part, 1, indented));
                    indented = true;
                }
            }
        }
        return unwrap(joinVertical(lines));
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

    /** A line on its way through repair: its text so far, how many extracted lines it holds, its first indent. */
    private record Physical(String text, int count, boolean indented) {
    }

    /** A headline set vertically comes out one or two characters a line; three such lines in a row are one line. */
    private static List<Physical> joinVertical(List<Physical> lines) {
        List<Physical> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).text().length() <= 2 && Chars.isCjk(lines.get(j).text().charAt(0))) {
                j++;
            }
            if (j - i >= 3) {
                StringBuilder joined = new StringBuilder();
                lines.subList(i, j).forEach(l -> joined.append(l.text()));
                out.add(new Physical(joined.toString(), j - i, false));
                i = j;
            } else {
                out.add(lines.get(i));
                i++;
            }
        }
        return out;
    }

    /** One physical line: markup, width, and justification spaces. */
    static String cleanLine(String raw) {
        String s = Chars.foldWidth(raw).replace('\u00A0', ' ').strip();
        s = MARKUP.matcher(s).replaceAll("").strip();
        if (NAME_LIST.matcher(s).matches()) {
            return s.replaceAll(" +", " ");
        }
        // A closing byline keeps the spaces between its names: （单建华 杨情陆）, not （单建华杨情陆）.
        Matcher closing = TRAILING_PAREN.matcher(s);
        if (closing.find() && closing.start() > 0) {
            return removeJustificationSpaces(s.substring(0, closing.start()).strip())
                    + closing.group().strip().replaceAll(" +", " ");
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
        String[] parts = s.split(" +");
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

    /**
     * Joins column-wrapped lines. A page is column-wrapped when most of its lines are short; then a line that fills
     * the column continues into the next, and a short one ends its paragraph. On a page of long lines, a line that
     * stops mid-sentence (no closing mark, an unclosed quote) continues into the next.
     */
    private List<RepairedPage.Line> unwrap(List<Physical> physical) {
        List<RepairedPage.Line> out = new ArrayList<>();
        if (physical.isEmpty()) {
            return out;
        }
        List<String> lines = physical.stream().map(Physical::text).toList();
        int[] columns = columnWidths(lines);
        boolean wrapped = columns != null;
        StringBuilder cur = new StringBuilder();
        int joined = 0;
        boolean firstIndented = false;
        boolean afterArticleEnd = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean startsParagraph = cur.length() == 0;
            if (startsParagraph) {
                firstIndented = physical.get(i).indented();
            }
            cur.append(line);
            joined += physical.get(i).count();
            boolean join = i + 1 < lines.size() && !physical.get(i + 1).indented()
                    && !(wrapped && startsParagraph && afterArticleEnd && headlineInColumn(line, columns[i]))
                    && continues(line, lines.get(i + 1), wrapped, wrapped ? columns[i] : 0);
            if (!join) {
                String done = cur.toString();
                out.add(new RepairedPage.Line(done, joined, firstIndented));
                cur.setLength(0);
                joined = 0;
                afterArticleEnd = endsArticle(done);
            }
        }
        return out;
    }

    private boolean continues(String line, String next, boolean wrapped, int column) {
        if (Bylines.isStandaloneByline(line) || Bylines.isStandaloneByline(next) || Bylines.isCaption(line)
                || Bylines.endsWithClosingByline(line)) {
            return false;
        }
        int lastChar = line.codePointBefore(line.length());
        // The first line of a caption cut in two (… 武警 / 在西洲公园路口段开展武装巡逻。廖奖安摄) joins its end.
        if (Bylines.isCaption(next) && !Chars.isTerminal(lastChar) && Bylines.isCaption(line + next)) {
            return true;
        }
        int last = line.codePointBefore(line.length());
        boolean closes = Chars.endsClosed(line);
        int len = visualLength(line);
        boolean columnLine = wrapped && len <= column + 2;
        // A dash line is a subtitle (——副题) unless the line before fills its column: then the dash is mid-sentence.
        boolean full = columnLine && (len >= column || len >= column - 1 && !closes);
        if (!full && (next.startsWith("——") || line.startsWith("——"))) {
            return false;
        }
        if (unbalanced(line, '“', '”') || unbalanced(line, '（', '）')) {
            return true;
        }
        // Only lines of about the column's width are column text; a wider one (a headline across columns, an
        // unwrapped paragraph) follows the rules of a page of paragraphs.
        if (columnLine) {
            // A full line goes on, unless it closes its sentence and a headline-shaped line follows; a sentence that
            // ends before the column ends its paragraph.
            if (full) {
                return !(closes && headlineInColumn(next, column));
            }
            // A first line loses its indent, so it is a little short; a heading is much shorter than the column.
            return !closes && (len >= column * 0.7 || last == '，' || last == '、');
        }
        if (closes || last == '”' && line.length() < 40 || line.endsWith("——") && next.length() < 20) {
            return false;
        }
        // A long line cut mid-sentence goes on into the next only if that one is running text too, not a headline.
        return line.length() >= 40 && next.length() >= 20 || last == '，' || last == '、';
    }

    /**
     * Right after an article's end, a line of a wrapped page that is shorter than its column, has no sentence
     * punctuation and no open quote or bracket is a headline (pages print them after their articles too), not the
     * first line of the next paragraph.
     */
    static boolean headlineInColumn(String line, int column) {
        // A lone closing quote left by the wrap (…。 / ”) is the end of a sentence, not a headline.
        return Chars.countCjk(line) >= 2 && visualLength(line) < column
                && SENTENCE_PUNCT.matcher(line).results().findAny().isEmpty()
                && !unbalanced(line, '“', '”') && !unbalanced(line, '（', '）');
    }

    /** A closing byline, a byline or credit line, a caption, or a dash subtitle: what ends an article's block. */
    private static boolean endsArticle(String line) {
        return Bylines.endsWithClosingByline(line) || Bylines.isStandaloneByline(line) || Bylines.isCaption(line)
                || line.startsWith("——");
    }

    private static final Pattern SENTENCE_PUNCT = Pattern.compile("[，。；：、！？,;:!?]");

    private static boolean unbalanced(String s, char open, char close) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == open) {
                depth++;
            } else if (c == close) {
                depth--;
            }
        }
        return depth > 0;
    }

    /** CJK counts 1, a run of ASCII counts about half: what fills a newspaper column. */
    static int visualLength(String s) {
        double n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x2E80 && c != '“' && c != '”' && c != '—' && c != '…' ? 0.5 : 1;
        }
        return (int) Math.round(n);
    }

    /**
     * The column width around each line of a wrapped page, or null when the page is not wrapped. A page may set
     * articles in columns of different widths, so the width is local: the upper quartile of the lengths of the lines
     * around (six before, six after). A page is wrapped when its lines are short (median at most 30) and many of them
     * (at least 40%) fill their column to within two characters.
     */
    static int[] columnWidths(List<String> lines) {
        int n = lines.size();
        int[] lens = lines.stream().mapToInt(PageRepair::visualLength).toArray();
        int[] sorted = lens.clone();
        Arrays.sort(sorted);
        if (n < 5 || sorted[n / 2] > 30) {
            return null;
        }
        int[] local = new int[n];
        int full = 0;
        for (int i = 0; i < n; i++) {
            int[] window = Arrays.copyOfRange(lens, Math.max(0, i - 6), Math.min(n, i + 7));
            Arrays.sort(window);
            local[i] = window[window.length * 3 / 4];
            if (Math.abs(lens[i] - local[i]) <= 2) {
                full++;
            }
        }
        return full * 10 >= n * 4L ? local : null;
    }

}
