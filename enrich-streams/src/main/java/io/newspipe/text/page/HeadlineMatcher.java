package io.newspipe.text.page;

import io.newspipe.text.Chars;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Gives headlines printed away from their bodies to the bodies they name. Some pages print their headlines together,
 * after the stories (a block of headlines, kickers and subtitles at the page end), or a headline several stories
 * from its body: the labeller sees a headline in the right place in the wrong article, or one with no body at all.
 * A headline names its story, so it shares words with it: a headline line goes to a body when most of its character
 * bigrams are in that body, clearly more than in any other, the body's own headline names it far less (or it has
 * none), and (when the line came with a body) few of them are in its own. A short unfinished "body" whose every line
 * names another story is a headline block read as text, and goes too. What no body claims this way keeps the earlier
 * rule: a headline with no body of its own is the headline of the untitled article just before it; when that one has
 * a headline, a bodiless headline not read as printed after a body goes with the story right after it. Stateless;
 * thread-safe.
 */
final class HeadlineMatcher {
    /** The share of a headline's bigrams a body must hold to claim it. */
    static final double STRONG = 0.4;
    /** Below this share a headline does not name the body it was printed with. */
    static final double WEAK = 0.2;
    /** How many times the next best body's share the claiming body must hold. */
    static final double LEAD = 1.6;
    /** How many times the share of a body's own headline a line from elsewhere must hold to take its place. */
    static final double OUTNAME = 2;
    /** The fewest shared bigrams that count as naming a story: two characters in common prove nothing. */
    static final int MIN_SHARED = 3;
    /** A one-paragraph "body" this short that does not end a sentence may be a headline line read as text. */
    static final int SHORT_BODY = 60;

    /** Which headline line is the headline when none names the body better. */
    private static final Map<LineRole, Integer> RANK = Map.of(LineRole.TITLE, 0, LineRole.TAIL, 0,
            LineRole.SUBTITLE, 1, LineRole.KICKER, 2);

    /** The drafts of one page, each finished, in page order: those with a body, their headlines where they belong. */
    List<ArticleDraft> match(List<ArticleDraft> drafts) {
        Map<ArticleDraft, int[]> words = new HashMap<>();
        // Each headline line's bigrams, counted once: a line is weighed against its own body and every other one.
        Map<ArticleDraft.Heading, int[]> lineWords = new HashMap<>();
        Function<ArticleDraft.Heading, int[]> wordsOf = h -> lineWords.computeIfAbsent(h, k -> bigrams(k.text));
        Set<ArticleDraft> shortOnes = new HashSet<>();
        for (ArticleDraft d : drafts) {
            if (headlineShaped(d)) {
                shortOnes.add(d);
            } else if (!d.paragraphs.isEmpty()) {
                words.put(d, bigrams(String.join("", d.paragraphs)));
            }
        }
        // How well a body's own headline names it (a subtitle does not count: it is printed under a headline that
        // may stand elsewhere). A line from elsewhere takes the headline's place only when it names the body far
        // better.
        Map<ArticleDraft, Double> own = new HashMap<>();
        for (ArticleDraft d : words.keySet()) {
            own.put(d, d.headings.stream().filter(h -> RANK.get(h.role) == 0)
                    .mapToDouble(h -> affinity(wordsOf.apply(h), words.get(d))).max().orElse(0));
        }
        Map<ArticleDraft, List<ArticleDraft.Heading>> received = new HashMap<>();
        Set<ArticleDraft> dissolved = new HashSet<>();
        Set<ArticleDraft> touched = new HashSet<>();
        ArticleDraft before = null;
        for (int i = 0; i < drafts.size(); i++) {
            ArticleDraft d = drafts.get(i);
            ArticleDraft after = i + 1 < drafts.size() ? drafts.get(i + 1) : null;
            boolean body = words.containsKey(d);
            List<ArticleDraft.Heading> lines = new ArrayList<>(d.headings);
            if (shortOnes.contains(d)) {
                lines.add(new ArticleDraft.Heading(LineRole.SUBTITLE, Integer.MAX_VALUE, d.paragraphs.get(0)));
            }
            Map<ArticleDraft.Heading, ArticleDraft> to = new HashMap<>();
            for (ArticleDraft.Heading h : lines) {
                ArticleDraft t = claimant(wordsOf.apply(h), own, words, d);
                if (t != null && (!body || affinity(wordsOf.apply(h), words.get(d)) < WEAK)) {
                    to.put(h, t);
                }
            }
            if (body) {
                to.forEach((h, t) -> {
                    d.headings.remove(h);
                    received.computeIfAbsent(t, k -> new ArrayList<>()).add(h);
                    touched.add(d);
                });
                before = d;
                continue;
            }
            Set<ArticleDraft> claimed = new HashSet<>(to.values());
            if (shortOnes.contains(d) && to.size() < lines.size()) {
                // Part of it names no story: it stays what the labeller made of it.
                before = d;
                continue;
            }
            // The story the whole bodiless draft goes to, its names with it; none: its lines go where they are claimed.
            ArticleDraft home = null;
            if (claimed.size() == 1) {
                // A headline printed together with its subtitle: the line that names no body follows the one that does.
                home = claimed.iterator().next();
            } else if (claimed.isEmpty() && before != null && words.containsKey(before) && !received.containsKey(before)
                    && (before.title == null && d.title != null
                    || before.title != null && ArticleDraft.Heading.dashed(before.title) && !d.headings.isEmpty())) {
                // The untitled article just before had its headline printed after it (a subtitle's dash says that a
                // dashed "headline" is not one, and then any headline line, a kicker too, is the one it lacks).
                home = before;
            } else if (claimed.isEmpty() && !d.headings.isEmpty() && after != null && words.containsKey(after)
                    && d.headings.stream().noneMatch(h -> h.role == LineRole.TAIL)) {
                // A headline with its names and no body, printed just before a story: a heading block the labeller
                // cut in two (a series label or a second deck under the names read as a new headline).
                home = after;
            }
            if (home != null) {
                ArticleDraft t = home;
                lines.forEach(h -> to.putIfAbsent(h, t));
                t.addAuthors(d.authors);
            }
            to.forEach((h, t) -> received.computeIfAbsent(t, k -> new ArrayList<>()).add(h));
            dissolved.add(d);
        }
        List<ArticleDraft> out = new ArrayList<>();
        for (ArticleDraft d : drafts) {
            if (d.paragraphs.isEmpty() || dissolved.contains(d)) {
                continue;
            }
            if (received.containsKey(d) || touched.contains(d)) {
                List<ArticleDraft.Heading> all = new ArrayList<>(d.headings);
                all.addAll(received.getOrDefault(d, List.of()));
                retitle(d, all, words.get(d), wordsOf);
            }
            out.add(d);
        }
        return out;
    }

    /**
     * The body that a line of these bigrams names when the body's own headline names it far less; or null. Never
     * {@code self}.
     */
    private static ArticleDraft claimant(int[] mine, Map<ArticleDraft, Double> own,
                                         Map<ArticleDraft, int[]> words, ArticleDraft self) {
        if (mine.length < MIN_SHARED) {
            return null;
        }
        ArticleDraft best = null;
        double first = 0;
        double second = 0;
        for (Map.Entry<ArticleDraft, int[]> e : words.entrySet()) {
            if (e.getKey() == self) {
                continue;
            }
            double a = affinity(mine, e.getValue());
            if (a > first) {
                second = first;
                first = a;
                best = e.getKey();
            } else if (a > second) {
                second = a;
            }
        }
        boolean named = first >= STRONG && first >= LEAD * second && first * mine.length >= MIN_SHARED;
        return named && (own.get(best) < WEAK || first >= OUTNAME * own.get(best)) ? best : null;
    }

    /** One short paragraph that ends no sentence, and nothing else: a headline, kicker or subtitle read as text. */
    private static boolean headlineShaped(ArticleDraft d) {
        if (d.paragraphs.size() != 1 || !d.authors.isEmpty() || !d.captions.isEmpty() || !d.subheadings.isEmpty()) {
            return false;
        }
        String p = d.paragraphs.get(0);
        return p.length() <= SHORT_BODY && !Chars.endsClosed(p) && !Bylines.isCaption(p);
    }

    /**
     * Headline and subtitle again from the draft's headline lines: the headline is a headline line that names the body
     * if one does, else a headline line before a subtitle before a kicker, a line opening with a subtitle's dash last;
     * the other lines, in page order, are the subtitle.
     */
    private static void retitle(ArticleDraft d, List<ArticleDraft.Heading> headings, int[] body,
                                Function<ArticleDraft.Heading, int[]> wordsOf) {
        headings.sort(Comparator.comparingInt(h -> h.line));
        d.headings.clear();
        d.headings.addAll(headings);
        ArticleDraft.Heading main = headings.stream()
                .filter(h -> RANK.containsKey(h.role))
                .min(Comparator.comparingInt((ArticleDraft.Heading h) -> ArticleDraft.Heading.dashed(h.text) ? 9
                        : RANK.get(h.role) == 0 && affinity(wordsOf.apply(h), body) >= STRONG ? -1 : RANK.get(h.role)))
                .orElse(null);
        d.title = main == null ? null : main.cleaned();
        d.subtitle = null;
        for (ArticleDraft.Heading h : headings) {
            if (h != main) {
                String t = ArticleDraft.Heading.dashed(h.text) ? ArticleDraft.Heading.cleaned(LineRole.SUBTITLE, h.text)
                        : h.cleaned();
                d.subtitle = d.subtitle == null ? t : d.subtitle + " " + t;
            }
        }
    }

    /** The share of {@code headline}'s bigrams that are in {@code body}. */
    static double affinity(int[] headline, int[] body) {
        if (headline.length == 0) {
            return 0;
        }
        int k = 0;
        for (int b : headline) {
            k += Arrays.binarySearch(body, b) >= 0 ? 1 : 0;
        }
        return k / (double) headline.length;
    }

    /**
     * The distinct bigrams of letters and digits (CJK characters, Latin, figures) in {@code s}, sorted: a body's are
     * looked up once per headline line of the page, and a boxed set of them cost more than the matching.
     */
    static int[] bigrams(String s) {
        int[] out = new int[Math.max(0, s.length() - 1)];
        int n = 0;
        for (int i = 0; i + 1 < s.length(); i++) {
            char a = s.charAt(i);
            char b = s.charAt(i + 1);
            if (Character.isLetterOrDigit(a) && Character.isLetterOrDigit(b)) {
                out[n++] = a << 16 | b;
            }
        }
        Arrays.sort(out, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || out[distinct - 1] != out[i]) {
                out[distinct++] = out[i];
            }
        }
        return Arrays.copyOf(out, distinct);
    }
}
