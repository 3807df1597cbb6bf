package io.newspipe.text.enrich;

import io.newspipe.text.ner.BioSentence.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.newspipe.text.enrich.Mentions.*;
import static io.newspipe.text.enrich.CompanyMentions.*;
import static io.newspipe.text.enrich.PlaceMentions.*;

/**
 * Organisations built from what follows a name: bodies named by their level (市委, 县政府), a quoted name before a
 * suffix, the chain of place and organisation suffixes after a place (郴州市 + 嘉禾县林业局), a bare suffix given back
 * to the mention before it, and adjacent mentions joined into the unit they name. Thread-safe.
 */
final class OrganisationMentions {
    static final String LEVELS = "省市县区";
    static final List<String> LEVEL_BODIES = List.of("委", "政府", "人大", "政协", "纪委", "纪委监委");
    static final int MAX_NAME = 6;

    private final PlaceMentions places;

    OrganisationMentions(PlaceMentions places) {
        this.places = places;
    }

    /**
     * A body named by its level alone (市委, 县政府, 区社会组织促进发展中心, 市中医医院): a level character that starts a
     * word, then a body's name and an organisation suffix.
     */
    static List<Span> addLevelBodies(String line, List<Span> spans, LineWords words) {
        List<Span> out = new ArrayList<>(spans);
        for (int i = 0; i + 1 < line.length(); i++) {
            if (LEVELS.indexOf(line.charAt(i)) < 0 || !words.startsAt(i)
                    || !(words.endsAt(i + 1) || words.nature(i).startsWith("ni") || words.nature(i).startsWith("nt")
                    || words.nature(i).startsWith("nr"))) {
                continue;
            }
            int end = levelBodyAt(line, i + 1, words);
            if (end < 0) {
                for (int name = 1; name <= 10 && end < 0 && i + 1 + name < line.length(); name++) {
                    if (!words.nameLike(i + name) && !words.nature(i + name).startsWith("v")) {
                        break;
                    }
                    for (String suffix : ORG_SUFFIXES) {
                        int e = i + 1 + name + suffix.length();
                        if (suffix.length() >= 2 && line.startsWith(suffix, i + 1 + name) && words.endsAt(e)) {
                            end = e;
                            break;
                        }
                    }
                }
            }
            if (end > 0 && replaceInside(out, i, end, "ORG")) {
                i = end - 1;
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /** The end of a level's own body (政府, 委, 人大…) starting at {@code at}, or -1. */
    static int levelBodyAt(String line, int at, LineWords words) {
        int end = -1;
        for (String body : LEVEL_BODIES) {
            int e = at + body.length();
            if (line.startsWith(body, at) && (words.endsAt(e) || startsWithAny(line, e, TITLES))) {
                end = Math.max(end, e);
            }
        }
        return end;
    }

    /**
     * A name in quotation marks right before an organisation suffix ({@code “锦都电骏马”共产党员服务队}) is an
     * organisation's name; the quotes and the words outside them are not part of it.
     */
    static List<Span> addQuotedNames(String line, List<Span> spans, LineWords words) {
        List<Span> out = new ArrayList<>(spans);
        int open = line.indexOf('“');
        while (open >= 0) {
            int close = line.indexOf('”', open + 1);
            if (close < 0) {
                break;
            }
            int len = close - open - 1;
            int[] suffix = len >= 2 && len <= 12 && allHan(line, open + 1, close)
                    ? suffixAt(line, close + 1, line.length(), words) : null;
            if (suffix != null && suffix[1] == 1 && free(out, open + 1, close)) {
                out.add(new Span(open + 1, close, "ORG"));
            }
            open = line.indexOf('“', close + 1);
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /**
     * A place or organisation followed by a chain of suffixed names takes the chain into one organisation when the
     * chain ends in an organisation suffix (郴州市 + 嘉禾县林业局). A chain of places stays its parts: a suffix right
     * after a name belongs to it (娄底 + 高新区, 赤岭路 + 街道), and so does a named site after a bare place name
     * (衡阳 + 智能衡器计量产业园); after a place with its own suffix, the next suffixed name is the next place
     * (天心区 | 赤岭路街道 | 白沙花园社区). A person's name right before a suffix names the place or the business
     * (潘海辉 + 食品厂, 白沙 + 路).
     */
    static List<Span> extendBySuffixes(String line, List<Span> spans, LineWords words) {
        List<Span> out = new ArrayList<>();
        for (int n = 0; n < spans.size(); n++) {
            Span s = spans.get(n);
            int limit = n + 1 < spans.size() ? spans.get(n + 1).start() : line.length();
            String text = line.substring(s.start(), s.end());
            // A city's or county's government is a body (衡阳市政府); a zone's (特区政府) is its place and a word.
            int body = s.type().equals("LOC") && "省市县".indexOf(text.charAt(text.length() - 1)) >= 0
                    ? levelBodyAt(line, s.end(), words) : -1;
            if (body > 0 && body <= limit) {
                out.add(new Span(s.start(), body, "ORG")); // 衡阳市 + 政府
                continue;
            }
            List<Span> parts = new ArrayList<>();
            parts.add(s);
            int end = s.end();
            boolean org = false;
            while (true) {
                int[] next = suffixAt(line, end, limit, words);
                if (next == null || s.type().equals("PER") && parts.size() == 1 && next[2] > 0 && next[1] == 0
                        || parts.size() == 1 && next[2] == 0 && country(text)) {
                    break; // 美国 + 公司 is American companies, not a company's name
                }
                Span last = parts.get(parts.size() - 1);
                String type = next[1] == 1 ? "ORG" : "LOC";
                if (next[2] == 0 || last.type().equals("PER")
                        || !endsWithSuffix(PLACE_SUFFIXES, line.substring(last.start(), last.end()))) {
                    parts.set(parts.size() - 1, new Span(last.start(), next[0], type));
                } else {
                    parts.add(new Span(end, next[0], type));
                }
                org |= next[1] == 1;
                end = next[0];
            }
            if (org) {
                out.add(new Span(s.start(), end, "ORG"));
            } else {
                out.addAll(parts);
            }
        }
        return out;
    }

    /**
     * A mention that starts with a bare place suffix right after another mention (赤岭路 | 街道白沙花园社区): the suffix
     * belongs to the mention before it, and what follows it is a place of its own.
     */
    static List<Span> reattachSuffixes(String line, List<Span> spans, LineWords words) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            String suffix = last == null || last.end() != s.start() || last.type().equals("PER") ? null
                    : PLACE_SUFFIXES.stream().filter(x -> x.length() >= 2 && line.startsWith(x, s.start())
                    && words.endsAt(s.start() + x.length())).findFirst().orElse(null);
            if (suffix == null) {
                out.add(s);
                continue;
            }
            out.set(out.size() - 1, new Span(last.start(), s.start() + suffix.length(), "LOC"));
            if (s.end() - s.start() - suffix.length() >= 2) {
                out.add(new Span(s.start() + suffix.length(), s.end(), s.type()));
            }
        }
        return out;
    }

    /**
     * From {@code at}: a name part of at most {@value #MAX_NAME} characters and a suffix, ending where a word ends, the
     * name made of names and nouns (no verb, adverb, preposition, number…): [end, 1 if ORG, length of the name part];
     * else null.
     */
    static int[] suffixAt(String line, int at, int limit, LineWords words) {
        for (int name = 0; name <= MAX_NAME && at + name < limit; name++) {
            if (name > 0 && !words.nameLike(at + name - 1)) {
                return null;
            }
            int from = at + name;
            for (String suffix : ORG_SUFFIXES) {
                int end = from + suffix.length();
                if (end <= limit && line.startsWith(suffix, from) && (suffix.length() >= 2 || name >= 2)
                        && (words.endsAt(end) || startsWithAny(line, end, TITLES))) {
                    return new int[]{end, 1, name};
                }
            }
            for (String suffix : PLACE_SUFFIXES) {
                int end = from + suffix.length();
                if (end <= limit && line.startsWith(suffix, from) && (suffix.length() >= 2 || name >= 2) && words.endsAt(end)) {
                    return new int[]{end, 0, name};
                }
            }
        }
        return null;
    }

    /**
     * A place right before an organisation is part of its name (郴州市 + 嘉禾县林业局); a chain of places stays its
     * parts (冷水江市 | 铨山镇 | 眉山村), as the public sets annotate it and as the gazetteer normalises it, unless the organisation names its own province (a company's registered name: 湖南浩达重工…) or is a
     * company's short name (a locator then: 石鼓区 + 天雁机械). An organisation right before another is the unit
     * it belongs to (冷水江公司 + 城北供电所).
     */
    List<Span> mergeAdjacent(String line, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span merged = s;
            while (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String text = line.substring(merged.start(), merged.end());
                boolean join = last.end() == merged.start() && !merged.type().equals("PER") && (last.type().equals("LOC")
                        && merged.type().equals("ORG") && !places.startsWithProvince(text) && !endsWithCompanyWord(text)
                        || last.type().equals("ORG") && merged.type().equals("ORG"));
                if (!join) {
                    break;
                }
                out.remove(out.size() - 1);
                merged = new Span(last.start(), merged.end(), merged.type());
            }
            out.add(merged);
        }
        return out;
    }
}
