package io.newspipe.text.enrich;

import io.newspipe.text.ChineseNames;
import io.newspipe.text.ner.BioSentence.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.newspipe.text.enrich.Mentions.*;

/**
 * People where the tagger cannot see them: names after 记者, 通讯员 or 摄影, a line of names alone (a byline), and two
 * names glued into one mention. Stateless; thread-safe.
 */
final class PersonMentions {
    private PersonMentions() {
    }

    static final List<String> CREDIT_STOPS = List.of("通讯员", "记者", "报道", "摄影", "摄", "讯", "实习生", "见习");

    static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile("(?:记者|通讯员|摄影)[ \u00A0]*");

    /** A reporter's or correspondent's names after 记者, 通讯员 or 摄影 inside a line, as PER mentions. */
    static List<Span> addCredits(String line, List<Span> spans) {
        List<Span> found = new ArrayList<>();
        java.util.regex.Matcher m = CREDIT.matcher(line);
        while (m.find()) {
            int from = m.end();
            int to = from;
            while (to < line.length() && (Character.UnicodeScript.of(line.charAt(to)) == Character.UnicodeScript.HAN
                    || line.charAt(to) == ' ' || line.charAt(to) == '\u00A0') && !startsWithAny(line, to, CREDIT_STOPS)) {
                to++;
            }
            List<Span> names = readNames(line, from, to);
            if (names != null) {
                found.addAll(names);
            }
        }
        if (found.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(found);
        for (Span s : spans) {
            if (free(found, s.start(), s.end())) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /** A short line of names and nothing else (a byline or a closing credit), read as PER mentions; else null. */
    static List<Span> namesOnly(String line) {
        int from = 0;
        int to = line.length();
        if (to - from >= 2 && "（(".indexOf(line.charAt(0)) >= 0 && "）)".indexOf(line.charAt(to - 1)) >= 0) {
            from++;
            to--;
        }
        if (to - from < 4 || to - from > 24) {
            return null;
        }
        List<Span> names = readNames(line, from, to);
        return names != null && names.size() >= 2 ? names : null;
    }

    /** {@code line[from, to)} read as two or more names and spaces, or null. */
    static List<Span> readNames(String line, int from, int to) {
        while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\u00A0')) {
            to--;
        }
        List<Span> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (line.charAt(i) == ' ' || line.charAt(i) == '\u00A0') {
                i++;
                continue;
            }
            int len = nameLength(line, i, to);
            if (len == 0) {
                return null;
            }
            out.add(new Span(i, i + len, "PER"));
            i += len;
        }
        return out.size() >= 1 && to - from <= 24 ? out : null;
    }

    /** The length of a person name starting at {@code i} (3 preferred, then 2), such that the rest still reads. */
    static int nameLength(String s, int i, int to) {
        for (int len : new int[]{3, 2}) {
            int end = i + len;
            if (end <= to && allHan(s, i, end) && ChineseNames.isSurname(s.charAt(i)) && (end == to || s.charAt(end) == ' '
                    || s.charAt(end) == '\u00A0' || ChineseNames.isSurname(s.charAt(end)) && nameLength(s, end, to) > 0)) {
                return len;
            }
        }
        return 0;
    }

    /**
     * A person mention of 5 or 6 characters that reads as two names (姜毓玲肖瑞) becomes two; four characters are
     * left alone, as many a foreign or compound-surname name reads as two (周森古沙, 欧阳…).
     */
    static List<Span> splitGlued(String line, Span s) {
        int len = s.end() - s.start();
        if (!s.type().equals("PER") || len < 5 || len > 6) {
            return List.of(s);
        }
        for (int cut : new int[]{3, 2}) {
            int rest = len - cut;
            if (rest >= 2 && rest <= 3 && ChineseNames.isSurname(line.charAt(s.start()))
                    && ChineseNames.isSurname(line.charAt(s.start() + cut))) {
                return List.of(new Span(s.start(), s.start() + cut, "PER"), new Span(s.start() + cut, s.end(), "PER"));
            }
        }
        return List.of(s);
    }
}
