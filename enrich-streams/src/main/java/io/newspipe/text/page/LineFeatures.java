package io.newspipe.text.page;

import io.newspipe.text.Chars;
import io.newspipe.text.Hashing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The features of each line of a repaired page, for the line labeller: its length against the local column, how it
 * begins and ends, its punctuation, the byline, caption and dateline shapes, the extraction's signs (indent, blank
 * before, justification, markup), the same facts of its neighbours, and lexical cohesion: how much the text before
 * the line shares with the text after it (a drop marks a story that starts without any marker, as in TextTiling).
 * Each feature is a 64-bit hash of its template and value, never 0. Stateless and thread-safe.
 */
public final class LineFeatures {
    /** The start of a dateline, even when the column cut it: {@code 湖南日报8月26日讯（}, {@code 本报巴黎6月29日电}. */
    private static final Pattern DATELINE_START = Pattern.compile("^\\p{IsHan}{2,10}?(?:\\d{1,2}月\\d{1,2}日)?(?:讯|电)(?:[（(]|$)");
    /** Lines around a line whose lengths estimate its column. */
    private static final int WINDOW = 8;
    /** How far back a repeated line may have been printed (a paragraph printed twice is printed close by). */
    private static final int REPEAT_WINDOW = 40;

    private LineFeatures() {
    }

    /** What one line looks like on its own. */
    private record Shape(int length, String lengthBucket, String ratio, String first, String last, boolean blank,
                         boolean indented, boolean spread, boolean markup, String kind) {
    }

    /**
     * The features of each line; {@code logical}: the lines are logical lines ({@link LogicalLines}, the second
     * pass), which also get the wide and the rarity-weighted cohesion measures (see {@link Cohesion#WIDE},
     * {@link Cohesion#RARE_WINDOW}): they speak to where a story ends, which the second pass decides; on physical
     * lines, most of them wrapped, they would cost the first pass for nothing.
     */
    public static long[][] of(List<RepairedPage.Line> lines, boolean logical) {
        int n = lines.size();
        int[] lens = new int[n];
        for (int i = 0; i < n; i++) {
            lens[i] = PageRepair.visualLength(lines.get(i).text());
        }
        int[] columns = columns(lens);
        Shape[] shapes = new Shape[n];
        for (int i = 0; i < n; i++) {
            shapes[i] = shape(lines.get(i), lens[i], columns[i]);
        }
        Cohesion.At[] cohesion = Cohesion.of(lines, logical);
        boolean[] repeats = repeats(lines);
        String[] parallel = logical ? parallel(lines) : null;
        long[][] out = new long[n][];
        long[] f = new long[64];
        for (int i = 0; i < n; i++) {
            int k = 0;
            String t = lines.get(i).text();
            Shape s = shapes[i];
            Shape p = i > 0 ? shapes[i - 1] : null;
            Shape p2 = i > 1 ? shapes[i - 2] : null;
            Shape x = i + 1 < n ? shapes[i + 1] : null;
            f[k++] = h(1, "bias");
            f[k++] = h(2, s.lengthBucket());
            f[k++] = h(3, s.ratio());
            f[k++] = h(4, s.first());
            f[k++] = h(5, s.last());
            f[k++] = h(6, s.kind());
            f[k++] = h(7, flags(s));
            f[k++] = h(8, s.ratio(), s.last());
            f[k++] = h(9, s.kind(), s.ratio());
            f[k++] = h(10, String.valueOf(marks(t)));
            f[k++] = h(11, String.valueOf(Math.min(3, count(t, '，'))));
            f[k++] = range(12, t, t.length() - 1, t.length());
            f[k++] = range(13, t, 0, 1);
            f[k++] = range(14, t, 0, Math.min(2, t.length()));
            f[k++] = range(15, t, Math.max(0, t.length() - 2), t.length());
            f[k++] = h(16, i == 0 ? "first" : i == n - 1 ? "last" : "middle");
            Cohesion.At c = cohesion[i];
            f[k++] = h(17, c.gap());
            f[k++] = h(18, c.gap(), String.valueOf(s.blank()), (p == null ? "^" : p.last()));
            f[k++] = h(22, c.around());
            f[k++] = h(23, c.around(), s.kind(), s.ratio());
            f[k++] = h(26, c.side());
            f[k++] = h(27, c.side(), s.kind());
            f[k++] = h(28, c.depth());
            f[k++] = h(29, c.depth(), c.sentences());
            f[k++] = h(39, c.sentences(), c.gap());
            if (logical) {
                f[k++] = h(63, c.wide());
                f[k++] = h(64, c.wideDepth());
                f[k++] = h(65, c.wide(), c.sentences());
                f[k++] = h(66, c.rare());
                f[k++] = h(67, c.rareDepth());
                if (parallel[i] != null) {
                    f[k++] = h(69, parallel[i]);
                    f[k++] = h(70, parallel[i], s.kind(), p == null ? "^" : p.last());
                }
            }
            f[k++] = h(19, unbalanced(t, '“', '”') ? "open-quote" : unbalanced(t, '（', '）') ? "open-paren" : "closed");
            f[k++] = h(20, s.lengthBucket(), s.last());
            if (repeats[i]) {
                f[k++] = h(62, "repeats", p == null ? "^" : p.last());
            }
            f[k++] = h(21, String.valueOf(s.blank()), String.valueOf(s.indented()), s.first());
            if (mayBeDateline(t) && DATELINE_START.matcher(t).find()) {
                f[k++] = h(24, "dateline-start");
                f[k++] = h(25, "dateline-start", p == null ? "^" : p.kind());
            }
            if (p == null) {
                f[k++] = h(30, "^");
            } else {
                f[k++] = h(30, p.ratio(), s.ratio());
                f[k++] = h(31, p.last(), s.ratio());
                f[k++] = h(32, p.last(), s.first(), String.valueOf(s.indented()), String.valueOf(s.blank()));
                f[k++] = h(33, p.kind(), s.kind());
                f[k++] = h(34, p.lengthBucket(), s.lengthBucket());
                f[k++] = h(35, p.ratio(), p.last(), s.kind());
                f[k++] = h(36, p.kind());
                f[k++] = h(37, p.ratio(), p.last(), s.ratio(), s.last());
                f[k++] = h(38, sameColumn(p, s));
                String prev = lines.get(i - 1).text();
                f[k++] = h(60, String.valueOf(wordAcrossBreak(prev, t)), p.ratio());
                f[k++] = h(61, String.valueOf(Math.max(-6, Math.min(3, p.length() - columns[i - 1]))), s.kind());
                String number = numberAcrossBreak(prev, t);
                if (number != null) {
                    f[k++] = h(68, number, p.ratio());
                }
            }
            if (p2 != null) {
                f[k++] = h(40, p2.kind(), (p == null ? "" : p.kind()), s.kind());
                f[k++] = h(41, p2.ratio(), p.ratio(), s.ratio());
            }
            if (x == null) {
                f[k++] = h(50, "$");
            } else {
                f[k++] = h(50, s.ratio(), x.ratio());
                f[k++] = h(51, x.first(), String.valueOf(x.indented()), String.valueOf(x.blank()));
                f[k++] = h(52, s.kind(), x.kind());
                f[k++] = h(53, x.kind());
                f[k++] = h(54, s.last(), x.first(), String.valueOf(x.blank()));
                f[k++] = h(55, x.lengthBucket(), x.ratio());
                f[k++] = h(56, s.ratio(), s.last(), x.ratio(), x.kind());
            }
            out[i] = Arrays.copyOf(f, k);
        }
        return out;
    }

    private static Shape shape(RepairedPage.Line line, int length, int column) {
        String t = line.text();
        return new Shape(length, lengthBucket(length), ratio(length, column), firstClass(t), lastClass(t),
                line.blankBefore(), line.indented(), line.spread(), line.markup(), kind(t));
    }

    /**
     * Whether each line repeats, word for word, one of the lines shortly before it: a paragraph printed twice starts
     * again with the line it started with (at the same column), which a wrapped line never does.
     */
    static boolean[] repeats(List<RepairedPage.Line> lines) {
        boolean[] out = new boolean[lines.size()];
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.length() >= 6) {
                Integer at = seen.put(t, i);
                out[i] = at != null && i - at <= REPEAT_WINDOW;
            }
        }
        return out;
    }

    /** How far apart the subheadings of one story may stand, in logical lines. */
    private static final int PARALLEL_WINDOW = 40;
    /** The longest line that may be a subheading: anything longer is text. */
    private static final int PARALLEL_MAX = 30;

    /**
     * Whether each short unpunctuated line has a twin of the same build nearby: the same lengths of phrases between
     * the same separators ({@code 县域商业焕新颜，消费活力遍城乡} and {@code 数字招商破壁垒，驻外专班寻商机}: {@code 7|，7}).
     * One story's subheadings are set in parallel, while the headlines of neighbouring stories rarely share a build.
     * {@code "par1"} or {@code "par2"} (one phrase, or two or more), null when the line has no twin.
     */
    static String[] parallel(List<RepairedPage.Line> lines) {
        int n = lines.size();
        String[] builds = new String[n];
        for (int i = 0; i < n; i++) {
            builds[i] = build(lines.get(i).text());
        }
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            if (builds[i] == null) {
                continue;
            }
            for (int j = Math.max(0, i - PARALLEL_WINDOW); j < Math.min(n, i + PARALLEL_WINDOW + 1); j++) {
                if (Math.abs(i - j) >= 2 && builds[i].equals(builds[j])) {
                    out[i] = builds[i].indexOf('|') >= 0 ? "par2" : "par1";
                    break;
                }
            }
        }
        return out;
    }

    /** The lengths of a heading-like line's phrases with the separators between them ({@code 7|，7}); else null. */
    static String build(String t) {
        if (t.length() < 4 || t.length() > PARALLEL_MAX) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        int run = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Chars.isSentenceEnd(c) || c == '；') {
                return null;
            }
            if (c == '，' || c == '：' || c == '、' || c == ' ' || c == '·') {
                if (run == 0) {
                    return null;
                }
                b.append(run).append('|').append(c);
                run = 0;
            } else {
                run++;
            }
        }
        return run == 0 ? null : b.append(run).toString();
    }

    private static String flags(Shape s) {
        return (s.blank() ? "B" : "-") + (s.indented() ? "I" : "-") + (s.spread() ? "S" : "-") + (s.markup() ? "M" : "-");
    }

    /**
     * Whether a dictionary word runs over the break between two lines (全国老工 | 业): a strong sign that the column
     * wrapped a sentence, where a headline and the body after it rarely make one word. The longest such word's
     * length, 0 when none.
     */
    static int wordAcrossBreak(String before, String after) {
        int best = 0;
        for (int k = 1; k <= Math.min(3, before.length()); k++) {
            char last = before.charAt(before.length() - k);
            if (!Chars.isCjk(last)) {
                break;
            }
            for (int m = 1; m <= Math.min(3, after.length()) && k + m <= 4; m++) {
                if (!Chars.isCjk(after.charAt(m - 1))) {
                    break;
                }
                String w = before.substring(before.length() - k) + after.substring(0, m);
                if (k + m > best && com.hankcs.hanlp.dictionary.CoreDictionary.contains(w)) {
                    best = k + m;
                }
            }
        }
        return best;
    }

    /** Units that follow a number: what a line begins with when the column cut a quantity after its digits. */
    private static final String UNITS = "年月日时分秒万亿千百元个%多余名人家户项件次倍米吨亩斤岁届期座所台辆";

    /**
     * Whether a date or a quantity runs over the break between two lines ({@code 于2015年 | 10月成立},
     * {@code 发放300 | 万元}): the column cut inside it, as it cuts inside a word ({@link #wordAcrossBreak}), and a
     * headline does not end halfway through a date. {@code "date"}, {@code "unit"} (digits, then a unit),
     * {@code "digits"} (digits on both sides), or null.
     */
    static String numberAcrossBreak(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) {
            return null;
        }
        char last = before.charAt(before.length() - 1);
        char first = after.charAt(0);
        boolean digitBefore = last >= '0' && last <= '9';
        boolean digitAfter = first >= '0' && first <= '9';
        if (digitBefore) {
            return digitAfter ? "digits" : UNITS.indexOf(first) >= 0 ? "unit" : null;
        }
        if ((last == '年' || last == '月') && digitAfter) {
            int j = 0;
            while (j < after.length() && j < 3 && after.charAt(j) >= '0' && after.charAt(j) <= '9') {
                j++;
            }
            char unit = j < after.length() ? after.charAt(j) : ' ';
            if (j <= 2 && (last == '年' ? unit == '月' : unit == '日')) {
                return "date";
            }
        }
        return null;
    }

    private static String sameColumn(Shape p, Shape s) {
        int d = s.length() - p.length();
        return d == 0 ? "same" : Math.abs(d) <= 1 ? "close" : d < 0 ? "shorter" : "longer";
    }

    /** What a line looks like at a glance: the shapes the byline, caption and heading rules know. */
    static String kind(String t) {
        if (ArticleDraft.Heading.dashed(t)) {
            return "dash-start";
        }
        if (t.endsWith("——")) {
            return "dash-end";
        }
        if (Bylines.isCaption(t)) {
            return "caption";
        }
        if (Bylines.isRoleByline(t)) {
            return "role-byline";
        }
        if (Bylines.isStandaloneByline(t)) {
            return "names";
        }
        if (Bylines.splitDateline(t) != null) {
            return "dateline";
        }
        if (Bylines.endsWithClosingByline(t)) {
            return "closing-byline";
        }
        return hasSentencePunct(t) ? "text" : t.indexOf(' ') > 0 ? "phrases" : "phrase";
    }

    /** Punctuation that a sentence has and a heading has not (quotes, brackets, the dot of a name, a dash aside). */
    private static boolean hasSentencePunct(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Chars.isCjkPunct(c) && c != '“' && c != '”' && c != '「' && c != '」' && c != '『' && c != '』'
                    && c != '·' && c != '—') {
                return true;
            }
        }
        return false;
    }

    /**
     * The column around each line: the upper quartile of the lengths of the lines near it that are at least 6 long.
     * A page may set articles in columns of different widths, so it is local.
     */
    static int[] columns(int[] lens) {
        int n = lens.length;
        int[] out = new int[n];
        int[] window = new int[2 * WINDOW + 1];
        for (int i = 0; i < n; i++) {
            int k = 0;
            for (int j = Math.max(0, i - WINDOW); j < Math.min(n, i + WINDOW + 1); j++) {
                if (lens[j] >= 6) {
                    window[k++] = lens[j];
                }
            }
            Arrays.sort(window, 0, k);
            out[i] = k == 0 ? lens[i] : window[k * 3 / 4];
        }
        return out;
    }

    /** Whether {@link #DATELINE_START} can match: its 讯 or 电 comes within the first 17 characters. */
    private static boolean mayBeDateline(String t) {
        for (int i = 0; i < Math.min(17, t.length()); i++) {
            char c = t.charAt(i);
            if (c == '讯' || c == '电') {
                return true;
            }
        }
        return false;
    }

    private static String ratio(int len, int column) {
        int d = len - column;
        if (len <= 3) {
            return "tiny";
        }
        if (Math.abs(d) <= 1) {
            return "full";
        }
        if (d > 1) {
            return d > column / 2 ? "much-longer" : "longer";
        }
        if (d >= -3) {
            return "near";
        }
        return len >= column * 0.6 ? "mid" : "short";
    }

    private static final int[] LENGTH_EDGES = {2, 4, 6, 8, 10, 12, 15, 19, 24, 30, 40, 60, 100};
    private static final String[] LENGTH_BUCKETS = Arrays.stream(LENGTH_EDGES).mapToObj(e -> "<=" + e).toArray(String[]::new);

    private static String lengthBucket(int len) {
        for (int i = 0; i < LENGTH_EDGES.length; i++) {
            if (len <= LENGTH_EDGES[i]) {
                return LENGTH_BUCKETS[i];
            }
        }
        return ">100";
    }

    private static String firstClass(String t) {
        int c = t.codePointAt(0);
        return c == '“' || c == '"' || c == '「' ? "quote" : c == '（' || c == '(' ? "paren" : Character.isDigit(c) ? "digit"
                : Chars.isCjk(c) ? "cjk" : c < 128 && Character.isLetter(c) ? "latin" : "other";
    }

    private static String lastClass(String t) {
        int c = t.codePointBefore(t.length());
        if (Chars.isSentenceEnd(c)) {
            return "end";
        }
        return switch (c) {
            case '，' -> "comma";
            case '、' -> "enum";
            case '：' -> "colon";
            case '；' -> "semicolon";
            case '”', '」', '』' -> "close-quote";
            case '）', ')' -> "close-paren";
            case '—' -> "dash";
            case '…' -> "ellipsis";
            default -> Character.isDigit(c) ? "digit" : Chars.isCjk(c) ? "cjk" : c < 128 && Character.isLetter(c) ? "latin"
                    : "other";
        };
    }

    private static int marks(String t) {
        int n = 0;
        for (int i = 0; i < t.length() - 1; i++) {
            if (Chars.isSentenceEnd(t.charAt(i))) {
                n++;
            }
        }
        return Math.min(2, n);
    }

    private static int count(String t, char c) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private static boolean unbalanced(String s, char open, char close) {
        int depth = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            depth += c == open ? 1 : c == close ? -1 : 0;
        }
        return depth > 0;
    }

    /**
     * The feature of a template and its value's parts: the hash of the parts joined by {@code |}, folded part by part
     * so that no string is built for it (the same number as hashing the joined string): FNV-1a, then mixed. One
     * overload per number of parts, so that no array is built for the ~60 features of every line.
     */
    private static long h(int template, String a) {
        return done(add(start(template), a, 0, a.length()));
    }

    private static long h(int template, String a, String b) {
        return done(add(add(start(template), a, 0, a.length()) ^ '|', b));
    }

    private static long h(int template, String a, String b, String c) {
        return done(add(add(add(start(template), a, 0, a.length()) ^ '|', b) ^ '|', c));
    }

    private static long h(int template, String a, String b, String c, String d) {
        return done(add(add(add(add(start(template), a, 0, a.length()) ^ '|', b) ^ '|', c) ^ '|', d));
    }

    /** The feature of one part that is {@code t}'s characters {@code [from, to)}. */
    private static long range(int template, String t, int from, int to) {
        return done(add(start(template), t, from, to));
    }

    private static long start(int template) {
        return (Hashing.FNV_OFFSET ^ template) * Hashing.FNV_PRIME;
    }

    /** {@code x} after the separator already xor-ed into it, then {@code value}. */
    private static long add(long separated, String value) {
        return add(separated * Hashing.FNV_PRIME, value, 0, value.length());
    }

    private static long add(long x, String value, int from, int to) {
        for (int i = from; i < to; i++) {
            x = (x ^ value.charAt(i)) * Hashing.FNV_PRIME;
        }
        return x;
    }

    private static long done(long x) {
        long z = Hashing.splitMix64(x);
        return z == 0 ? 1 : z;
    }
}
