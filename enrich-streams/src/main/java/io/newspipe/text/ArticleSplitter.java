package io.newspipe.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a repaired page (see {@link PageRepair}) into articles.
 *
 * <p>Each line is classified (heading, byline, caption, kicker, body) and a small state machine groups them. The
 * rules follow how a page is laid out, never what a particular page says: a byline under headings opens an article; a
 * closing byline {@code （…）} or a dateline {@code …讯（记者 …）} marks an article boundary; headings met after a closed
 * untitled article are its headline printed after the body; headings inside a running body are subheadings. A
 * paragraph printed twice on the page is kept once.
 *
 * <p>Stateless between calls and thread-safe.
 */
public final class ArticleSplitter {
    private static final int MAX_HEADING = 40;
    private static final Pattern SENTENCE_MARK = Pattern.compile("[。！？!?]");

    enum Kind { HEADING, KICKER, DASH_SUBTITLE, BYLINE, CAPTION, BODY }

    private final PageRepair repair = new PageRepair();

    /** Repairs and splits raw page text. Never null; drafts without a body are dropped. */
    public List<ArticleDraft> split(String pageText) {
        return splitLines(repair.repair(pageText));
    }

    static Kind classify(String line) {
        if (line.startsWith("——") || line.startsWith("--")) {
            return Kind.DASH_SUBTITLE;
        }
        if (Bylines.isCaption(line)) {
            return Kind.CAPTION;
        }
        if (Bylines.isStandaloneByline(line)) {
            return Kind.BYLINE;
        }
        if (line.endsWith("——") && line.length() <= 120) {
            return Kind.KICKER;
        }
        int last = line.codePointBefore(line.length());
        if (PageRepair.visualLength(line) <= MAX_HEADING && !SENTENCE_MARK.matcher(line).find() && last != '，'
                && last != '、' && last != '：' && Bylines.splitDateline(line) == null) {
            return Kind.HEADING;
        }
        return Kind.BODY;
    }

    List<ArticleDraft> splitLines(List<String> lines) {
        List<ArticleDraft> out = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        Set<String> seenParagraphs = new HashSet<>();
        String kicker = null;
        ArticleDraft cur = null;
        for (String line : lines) {
            switch (classify(line)) {
                case HEADING -> heads.add(line);
                case KICKER -> {
                    cur = flushHeads(out, cur, heads, true);
                    kicker = line.substring(0, line.length() - 2);
                }
                case DASH_SUBTITLE -> {
                    String sub = line.replaceFirst("^(?:——|--)\\s*", "");
                    if (!heads.isEmpty()) {
                        String title = heads.remove(heads.size() - 1);
                        cur = flushHeads(out, cur, heads, true);
                        cur = open(out, title, kicker);
                        kicker = null;
                        cur.subtitle = sub;
                    } else if (cur != null && cur.paragraphs.isEmpty() && cur.subtitle == null) {
                        cur.subtitle = sub;
                    } else {
                        cur = open(out, null, sub);
                    }
                }
                case BYLINE -> {
                    List<String> names = Bylines.names(line);
                    boolean parenthesised = line.startsWith("（") || line.startsWith("(");
                    if (!heads.isEmpty()) {
                        if (parenthesised && cur != null && !cur.paragraphs.isEmpty() && !cur.closed) {
                            cur.addAuthors(names);
                            cur.closed = true;
                            continue;
                        }
                        cur = flushHeads(out, cur, heads, false);
                        if (cur == null || !cur.paragraphs.isEmpty()) {
                            cur = open(out, null, kicker);
                            kicker = null;
                        }
                    } else if (cur == null || (!cur.paragraphs.isEmpty() && !parenthesised && cur.closed)) {
                        cur = open(out, null, kicker);
                        kicker = null;
                    }
                    cur.addAuthors(names);
                    if (parenthesised && !cur.paragraphs.isEmpty()) {
                        cur.closed = true;
                    }
                }
                case CAPTION -> {
                    if (cur == null) {
                        cur = open(out, null, kicker);
                        kicker = null;
                    }
                    cur.captions.add(line);
                }
                case BODY -> {
                    String[] dateline = Bylines.splitDateline(line);
                    if (!heads.isEmpty()) {
                        cur = resolveHeadsBeforeBody(out, cur, heads, kicker, dateline != null);
                        kicker = null;
                    } else if (cur == null || cur.closed || (dateline != null && !cur.paragraphs.isEmpty())
                            || kicker != null) {
                        cur = open(out, null, kicker);
                        kicker = null;
                    }
                    String text = line;
                    if (dateline != null) {
                        cur.addAuthors(Bylines.names(dateline[1]));
                        text = dateline[2];
                    }
                    String[] closing = Bylines.splitClosing(text);
                    if (closing != null) {
                        cur.addAuthors(Bylines.names(closing[1]));
                        text = closing[0];
                        cur.closed = true;
                    }
                    // The extraction sometimes prints a paragraph twice, even across articles: keep the first.
                    if (!text.isEmpty() && (text.length() < 20 || seenParagraphs.add(text))) {
                        cur.paragraphs.add(text);
                    }
                }
            }
        }
        flushHeads(out, cur, heads, true);
        out.removeIf(d -> d.paragraphs.isEmpty());
        return out;
    }

    /** Headings directly before a body paragraph: the next article's headline, or a subheading of this one. */
    private ArticleDraft resolveHeadsBeforeBody(List<ArticleDraft> out, ArticleDraft cur, List<String> heads,
                                                String kicker, boolean datelineFollows) {
        if (cur != null && cur.paragraphs.isEmpty()) {
            // Headline, byline, then more heading lines: a kicker or second headline line.
            cur.subtitle = join(cur.subtitle, String.join(" ", heads));
            heads.clear();
            return cur;
        }
        if (cur != null && !cur.closed && !datelineFollows && kicker == null) {
            cur.subheadings.add(String.join("", heads));
            heads.clear();
            return cur;
        }
        if (cur != null && cur.closed && cur.title == null && !datelineFollows) {
            // The headline of the article that just closed, printed after its body.
            assignTitle(cur, heads);
            return open(out, null, kicker);
        }
        ArticleDraft next = open(out, null, kicker);
        assignTitle(next, heads);
        return next;
    }

    /** Headings with no body after them: they name the untitled article before, or open a new one. */
    private ArticleDraft flushHeads(List<ArticleDraft> out, ArticleDraft cur, List<String> heads, boolean keepCur) {
        if (heads.isEmpty()) {
            return cur;
        }
        if (cur != null && cur.title == null && !cur.paragraphs.isEmpty()) {
            assignTitle(cur, heads);
            return cur;
        }
        ArticleDraft next = open(out, null, null);
        assignTitle(next, heads);
        return keepCur ? next : next;
    }

    private static void assignTitle(ArticleDraft d, List<String> heads) {
        d.title = heads.get(0);
        if (heads.size() > 1) {
            d.subtitle = join(d.subtitle, String.join(" ", heads.subList(1, heads.size())));
        }
        heads.clear();
    }

    private static ArticleDraft open(List<ArticleDraft> out, String title, String subtitle) {
        ArticleDraft d = new ArticleDraft();
        d.title = title;
        d.subtitle = subtitle;
        out.add(d);
        return d;
    }

    private static String join(String a, String b) {
        return a == null ? b : a + " " + b;
    }
}
