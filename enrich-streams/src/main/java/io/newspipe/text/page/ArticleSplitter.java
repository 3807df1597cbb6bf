package io.newspipe.text.page;

import io.newspipe.text.Chars;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Groups a repaired page's lines (see {@link PageRepair}) into article drafts; {@link PageSplitter} is its public face.
 *
 * <p>Each line is classified (heading, byline, caption, kicker, body) and a small state machine groups them. The
 * rules follow how a page is laid out, never what a particular page says: a byline under headings opens an article; a
 * closing byline {@code （…）} or a dateline {@code …讯（记者 …）} marks an article boundary; headings met after a closed
 * untitled article are its headline printed after the body; headings inside a running body are subheadings. A
 * paragraph printed twice on the page is kept once.
 *
 * <p>Stateless between calls and thread-safe.
 */
final class ArticleSplitter {
    private static final int MAX_HEADING = 40;
    /** A heading line shorter than this is the wrapped end of the line before it, not a heading of its own. */
    private static final int SPLIT_HEADING = 8;
    /** Section headings on the seed pages run to 22 characters; a lone heading this long is a story's headline. */
    private static final int LONG_HEADLINE = 26;

    enum Kind { HEADING, KICKER, DASH_SUBTITLE, BYLINE, CAPTION, BODY }

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
        long commas = line.chars().filter(c -> c == '，').count();
        // A headline has at most one comma; a line with more is running text that lost its end.
        if (PageRepair.visualLength(line) <= MAX_HEADING && commas <= 1 && line.chars().noneMatch(Chars::isSentenceEnd)
                && !line.contains("……")
                && last != '，' && last != '、' && last != '：' && Bylines.splitDateline(line) == null) {
            return Kind.HEADING;
        }
        return Kind.BODY;
    }

    /** Splits a page's repaired lines into drafts. Never null; drafts without a body are dropped. */
    List<ArticleDraft> split(List<String> lines) {
        Page page = new Page();
        Kind[] kinds = lines.stream().map(ArticleSplitter::classify).toArray(Kind[]::new);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Kind kind = kinds[i];
            boolean headlineNext = i + 1 < lines.size() && kinds[i + 1] == Kind.HEADING;
            // A line ending in —— is a kicker only above a headline; elsewhere the dash is part of the text.
            if (kind == Kind.KICKER && !headlineNext) {
                kind = Kind.BODY;
            }
            // So is a short label ending in a colon (樟树乡：, 党的二十大代表朱霞：) right above a headline.
            if (kind == Kind.BODY && headlineNext && line.endsWith("：") && PageRepair.visualLength(line) <= 20) {
                page.flushHeads();
                page.kicker = line.substring(0, line.length() - 1);
                continue;
            }
            switch (kind) {
                case HEADING -> page.heads.add(line);
                case KICKER -> {
                    page.flushHeads();
                    page.kicker = line.substring(0, line.length() - 2);
                }
                case DASH_SUBTITLE -> page.dashSubtitle(line.replaceFirst("^(?:——|--)\\s*", ""));
                case BYLINE -> page.byline(line);
                case CAPTION -> {
                    if (page.cur == null) {
                        page.open();
                    }
                    page.cur.captions.add(line);
                }
                case BODY -> page.body(line);
            }
        }
        page.flushHeads();
        page.out.removeIf(d -> d.paragraphs.isEmpty());
        return page.out;
    }

    /** The splitter's state over one page. */
    private static final class Page {
        final List<ArticleDraft> out = new ArrayList<>();
        final List<String> heads = new ArrayList<>();
        final Set<String> seenParagraphs = new HashSet<>();
        String kicker;
        ArticleDraft cur;

        /** Opens a new article; a pending kicker becomes its subtitle. */
        ArticleDraft open() {
            cur = new ArticleDraft();
            cur.subtitle = kicker;
            kicker = null;
            out.add(cur);
            return cur;
        }

        void dashSubtitle(String sub) {
            if (!heads.isEmpty()) {
                String title = heads.remove(heads.size() - 1);
                flushHeads();
                open().title = title;
                cur.subtitle = join(cur.subtitle, sub);
            } else if (cur != null && cur.paragraphs.isEmpty() && cur.subtitle == null) {
                cur.subtitle = sub;
            } else if (cur != null && cur.title == null && cur.subtitle == null && !cur.paragraphs.isEmpty()) {
                // A subtitle after an untitled body: the article's headline block, printed after it. The article
                // ends here; the headline that follows is its title.
                cur.subtitle = sub;
                cur.closed = true;
            } else {
                open().subtitle = join(cur.subtitle, sub);
            }
        }

        void byline(String line) {
            List<String> names = Bylines.names(line);
            boolean parenthesised = line.startsWith("（") || line.startsWith("(");
            if (!heads.isEmpty()) {
                if (parenthesised && cur != null && !cur.paragraphs.isEmpty() && !cur.closed) {
                    cur.addAuthors(names);
                    cur.closed = true;
                    return;
                }
                flushHeads();
                if (!cur.paragraphs.isEmpty()) {
                    open();
                }
            } else if (cur == null || (!cur.paragraphs.isEmpty() && !parenthesised && cur.closed)) {
                open();
            }
            cur.addAuthors(names);
            if (parenthesised && !cur.paragraphs.isEmpty()) {
                cur.closed = true;
            }
        }

        void body(String line) {
            String[] dateline = Bylines.splitDateline(line);
            if (!heads.isEmpty()) {
                resolveHeadsBeforeBody(dateline != null);
            } else if (cur == null || cur.closed || (dateline != null && !cur.paragraphs.isEmpty()) || kicker != null) {
                open();
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

        /** Headings directly before a body paragraph: the next article's headline, or a subheading of this one. */
        private void resolveHeadsBeforeBody(boolean datelineFollows) {
            if (cur != null && cur.paragraphs.isEmpty()) {
                // Headline, byline, then more heading lines: a kicker or a second headline line.
                cur.subtitle = join(cur.subtitle, String.join(" ", heads));
                heads.clear();
            } else if (cur != null && !cur.closed && !datelineFollows && kicker == null && !titleAndSubtitle()
                    && !longHeadline() && !cutBefore(cur)) {
                cur.subheadings.add(String.join("", heads));
                heads.clear();
            } else if (cur != null && cur.closed && cur.title == null) {
                // The headline of the article that just closed, printed after its body.
                assignTitle(cur);
                open();
            } else {
                assignTitle(open());
            }
        }

        /** Headings with no body after them: they name the untitled article before, or open a new one. */
        void flushHeads() {
            if (heads.isEmpty()) {
                return;
            }
            if (cur != null && cur.title == null && !cur.paragraphs.isEmpty()) {
                assignTitle(cur);
            } else {
                assignTitle(open());
            }
        }

        /**
         * Two heading lines whose second is a full phrase are a headline and its subtitle (a new article); a short
         * second line is the rest of one heading that wrapped (产业筑基：老工业城市硬 / 实力再造).
         */
        private boolean titleAndSubtitle() {
            return heads.size() >= 2 && PageRepair.visualLength(heads.get(1)) >= SPLIT_HEADING;
        }

        /** One heading as long as a headline, longer than any section heading: the next story's title. */
        private boolean longHeadline() {
            return heads.size() == 1 && PageRepair.visualLength(heads.get(0)) >= LONG_HEADLINE;
        }

        /** The body before the headings stops mid-sentence: the story was cut there, the headings open another. */
        private static boolean cutBefore(ArticleDraft d) {
            if (d.paragraphs.isEmpty()) {
                return false;
            }
            String last = d.paragraphs.get(d.paragraphs.size() - 1);
            return last.length() >= 20 && !Chars.endsClosed(last) && !last.endsWith("：");
        }

        private void assignTitle(ArticleDraft d) {
            int next = 1;
            String title = heads.get(0);
            // Only a heading without an inner space can be wrapped (文以载道 红以铸魂 is whole as it is).
            if (heads.size() > 1 && PageRepair.visualLength(heads.get(1)) < SPLIT_HEADING && !title.contains(" ")) {
                title = title + heads.get(1);
                next = 2;
            }
            d.title = title;
            if (heads.size() > next) {
                d.subtitle = join(d.subtitle, String.join(" ", heads.subList(next, heads.size())));
            }
            heads.clear();
        }

        private static String join(String a, String b) {
            return a == null ? b : a + " " + b;
        }
    }
}
