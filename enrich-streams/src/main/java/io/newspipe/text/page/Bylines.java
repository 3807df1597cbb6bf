package io.newspipe.text.page;

import io.newspipe.text.Chars;
import io.newspipe.text.ChineseNames;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the byline styles of Chinese local papers and pulls the names out of them, without their roles:
 * a names line under the title ({@code 张福芳 付柯瞰}), a closing parenthetical ({@code （单建华 杨情陆）}), an opening
 * dateline ({@code 衡阳日报讯（全媒体记者 向吟）}, {@code 湖南日报8月26日讯（…）}) and a role line
 * ({@code 衡阳日报全媒体记者 伍施施 通讯员 杨逵 何芬}). Stateless and thread-safe.
 */
public final class Bylines {
    private static final String ROLES = "(?:全媒体记者|融媒体记者|见习记者|特约记者|首席记者|记者|通讯员|实习生|摄影|编辑|撰稿|图/文|文/图)";
    private static final Pattern ROLE_WORD = Pattern.compile(ROLES);
    /** The paper's name before the first role ({@code 衡阳日报全媒体记者 …}). */
    private static final Pattern PAPER_BEFORE_ROLE = Pattern.compile("^[\\p{IsHan}]{2,10}?(?:报|台|网|社)(?=" + ROLES + ")");
    private static final Pattern SPACES = Pattern.compile(" +");
    private static final Pattern NAME_TOKEN = Pattern.compile("\\p{IsHan}{2,4}");
    private static final Pattern PAREN = Pattern.compile("^[（(]([^（()）]{2,40})[)）]$");
    private static final Pattern CLOSING = Pattern.compile("[（(]([\\p{IsHan} ]{2,30})[)）]$");
    private static final Pattern DATELINE = Pattern.compile(
            "^([\\p{IsHan}]{2,10}?(?:\\d{1,2}月\\d{1,2}日)?(?:电|讯))\\s*[（(]([^（()）]{2,60})[)）]\\s*");
    private static final Pattern ROLE_LINE = Pattern.compile("^(?:[\\p{IsHan}]{2,10}?(?:报|台|网|社))?" + ROLES + "[ \\p{IsHan}]{2,60}$");
    /** A photo story: a longer caption that ends with its credit (…滕治中 杨鹰 摄影报道（湖南图片库）). */
    private static final Pattern PHOTO_STORY = Pattern.compile("摄影?报道\\s*(?:[（(][^（()）]{0,16}[)）])?$");
    private static final Pattern CAPTION = Pattern.compile("(?:^图为|^(?:[\\p{IsHan}]{2,4} )*[\\p{IsHan}]{2,4} ?摄(?:影)?$|"
            + "[（(][\\p{IsHan} ]{2,20}摄[)）]$|供图[)）]?$|摄$)");

    private Bylines() {
    }

    /** Only what a role line may hold: CJK characters, spaces, and the slash of 文/图 (most lines fail at their first mark). */
    private static boolean hanSpacesAndSlashes(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '/' && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }

    /** A lone name (two to four characters starting with a known surname). */
    public static boolean isName(String s) {
        if (s.length() < 2 || s.length() > 4 || !NAME_TOKEN.matcher(s).matches()) {
            return false;
        }
        if (ChineseNames.doubleSurnameOf(s) != null) {
            return s.length() >= 3;
        }
        return ChineseNames.isSurname(s.charAt(0)) && s.length() <= 3;
    }

    /** A line that is only a byline: names, a parenthesised list of names, or a role line. */
    public static boolean isStandaloneByline(String line) {
        String s = line.strip();
        Matcher p = parenthesised(s);
        if (p != null) {
            // Inside parentheses names may be spread (程 俐) or glued (李丽郑志祥): read them loosely.
            return allNamesOrRoles(p.group(1)) || isRoleByline(p.group(1));
        }
        return allNames(s) || isRoleByline(s);
    }

    /** {@code 全媒体记者 张三 通讯员 李四}, optionally preceded by the paper's name. */
    public static boolean isRoleByline(String s) {
        String t = s.strip();
        if (t.length() > 60 || !hanSpacesAndSlashes(t) || !ROLE_LINE.matcher(t).matches() || !ROLE_WORD.matcher(t).find()) {
            return false;
        }
        return !names(t).isEmpty() && t.length() <= 60;
    }

    private static boolean allNames(String s) {
        String[] tokens = tokens(s.strip());
        if (tokens.length == 1 && tokens[0].length() > 3) {
            // 曾榆捷 is a byline; 园丁之歌 is a heading. Four characters alone only with a double surname.
            return isName(tokens[0]) && tokens[0].length() == 3;
        }
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            // A two-character name spread by justification: 陈 程.
            if (t.length() == 1 && i + 1 < tokens.length && tokens[i + 1].length() == 1 && isName(t + tokens[i + 1])) {
                i++;
                continue;
            }
            // Names glued together (陈果石菁) count beside others, never alone (a lone run may be a heading).
            if (!isName(t) && !(tokens.length >= 2 && splitGlued(t) != null)) {
                return false;
            }
        }
        return true;
    }

    /** Body text closing with {@code （刘志军）}: the article ends here. */
    public static boolean endsWithClosingByline(String line) {
        if (!line.strip().endsWith(")") && !line.strip().endsWith("）")) {
            return false;
        }
        Matcher m = CLOSING.matcher(line.strip());
        return m.find() && !names(m.group(1)).isEmpty() && allNamesOrRoles(m.group(1));
    }

    private static boolean allNamesOrRoles(String inner) {
        String stripped = ROLE_WORD.matcher(inner).replaceAll(" ").strip();
        return !stripped.isEmpty() && allNamesLoose(stripped);
    }

    private static boolean allNamesLoose(String s) {
        for (String t : SPACES.split(s)) {
            // Inside parentheses, justification may split a name (唐 突) or glue two (李丽郑志祥).
            if (!(isName(t) || t.length() == 1 && Chars.isCjk(t.charAt(0)) || splitGlued(t) != null)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Names printed without the space between them ({@code 李丽郑志祥} → 李丽, 郑志祥): pieces of two or three
     * characters, each starting with a surname, three-character names preferred. Null when the run cannot be read so.
     */
    static List<String> splitGlued(String run) {
        if (run.length() < 4 || run.length() > 9 || !NAME_TOKEN.matcher(run.substring(0, Math.min(4, run.length()))).find()
                || !run.codePoints().allMatch(Chars::isCjk)) {
            return null;
        }
        return splitFrom(run, 0);
    }

    private static List<String> splitFrom(String run, int at) {
        if (at == run.length()) {
            return new ArrayList<>();
        }
        for (int len : new int[]{3, 2}) {
            if (at + len <= run.length() && ChineseNames.isSurname(run.charAt(at))) {
                List<String> rest = splitFrom(run, at + len);
                if (rest != null) {
                    rest.add(0, run.substring(at, at + len));
                    return rest;
                }
            }
        }
        return null;
    }

    /** Splits a closing byline off a body paragraph: [body, names] or null when there is none. */
    public static String[] splitClosing(String line) {
        String s = line.strip();
        Matcher m = CLOSING.matcher(s);
        if (m.find() && allNamesOrRoles(m.group(1))) {
            return new String[]{s.substring(0, m.start()).strip(), m.group(1)};
        }
        return null;
    }

    /** Splits an opening dateline off a body paragraph: [dateline, credits, rest] or null. */
    public static String[] splitDateline(String line) {
        if (line.indexOf('讯') < 0 && line.indexOf('电') < 0) {
            return null;
        }
        Matcher m = DATELINE.matcher(line);
        // 衡阳日报讯（全媒体记者 向吟） or, without roles, 衡阳日报讯（李彦彦）.
        if (m.find() && (ROLE_WORD.matcher(m.group(2)).find() || allNamesOrRoles(m.group(2)))) {
            return new String[]{m.group(1), m.group(2), line.substring(m.end())};
        }
        return null;
    }

    public static boolean isCaption(String line) {
        String s = line.strip();
        if (s.indexOf('摄') < 0 && s.indexOf('图') < 0) {
            // Every caption shape names a photo (图) or its taker (摄); most lines are neither, and skip the regexes.
            return false;
        }
        return s.length() <= 60 && CAPTION.matcher(s).find() || s.length() <= 160 && PHOTO_STORY.matcher(s).find();
    }

    /** {@link #PAREN} matched on the whole of {@code s}, or null when it does not match (looked at only when {@code s} opens a bracket). */
    private static Matcher parenthesised(String s) {
        if (s.isEmpty() || s.charAt(0) != '（' && s.charAt(0) != '(') {
            return null;
        }
        Matcher m = PAREN.matcher(s);
        return m.matches() ? m : null;
    }

    /** {@code s} split at its runs of spaces; most lines have none, and the split's regex costs more than the look. */
    private static String[] tokens(String s) {
        return s.indexOf(' ') < 0 ? new String[]{s} : SPACES.split(s);
    }

    /** The names in a byline, without roles or the paper's name, in order, each once. */
    public static List<String> names(String byline) {
        String s = byline.strip();
        Matcher p = parenthesised(s);
        if (p != null) {
            s = p.group(1);
        }
        s = PAPER_BEFORE_ROLE.matcher(s).replaceFirst("");
        s = ROLE_WORD.matcher(s).replaceAll(" ");
        List<String> out = new ArrayList<>();
        String[] tokens = tokens(s.strip());
        for (int i = 0; i < tokens.length; i++) {
            String t = tokens[i];
            // 唐 突 → 唐突: a name the justifier spread over two tokens.
            if (t.length() == 1 && i + 1 < tokens.length && tokens[i + 1].length() <= 2 && ChineseNames.isSurname(t.charAt(0))) {
                t = t + tokens[++i];
            }
            List<String> glued = isName(t) ? null : splitGlued(t);
            for (String name : glued != null ? glued : List.of(t)) {
                if (name.length() >= 2 && name.length() <= 4 && NAME_TOKEN.matcher(name).matches() && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }
}
