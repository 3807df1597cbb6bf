package io.newspipe.text.page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds article drafts from labelled lines: a line that opens an article starts a draft; a headline, subtitle,
 * kicker, byline, caption or subheading goes to its field, wherever it stands in the draft (a headline printed after
 * its body included); a continuation line joins the line before it (column wrap undone). Then the names are taken out
 * of datelines and closing bylines, a paragraph printed twice on the page is kept once, headlines printed away from
 * their bodies go to the stories they name ({@link HeadlineMatcher}), and a photo caption standing alone joins the
 * article before it. Stateless; thread-safe.
 */
final class ArticleAssembler {
    /** A paragraph this long seen twice on a page is the extraction's repeat, not the writer's. */
    private static final int REPEAT_MIN = 20;
    private final HeadlineMatcher matcher = new HeadlineMatcher();

    List<ArticleDraft> assemble(List<RepairedPage.Line> lines, int[] labels) {
        List<ArticleDraft> drafts = new ArrayList<>();
        ArticleDraft cur = null;
        Field last = null;
        boolean tailSeen = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            LineRole role = LineLabels.role(labels[i]);
            // A headline printed after its body closes the article: only its subtitle, its names line (unless the
            // labeller says that line opens the next article) and its own wrap may follow.
            boolean closedByTail = tailSeen && role != LineRole.CONT && role != LineRole.SUBTITLE
                    && role != LineRole.BYLINE;
            if (cur == null || LineLabels.opens(labels[i]) || closedByTail) {
                cur = new ArticleDraft();
                drafts.add(cur);
                last = null;
                tailSeen = false;
            }
            tailSeen |= role == LineRole.TAIL;
            if (role == LineRole.CONT && last != null) {
                last.append(cur, text);
                continue;
            }
            last = Field.of(role == LineRole.CONT ? LineRole.PARA : role == LineRole.TAIL ? LineRole.TITLE : role);
            last.start(cur, text);
            if (last == Field.TITLE || last == Field.KICKER || last == Field.SUBTITLE) {
                cur.headings.add(new ArticleDraft.Heading(role, i, text));
            }
        }
        Set<String> seen = new HashSet<>();
        for (ArticleDraft d : drafts) {
            finish(d, seen);
        }
        return foldCaptions(matcher.match(drafts));
    }

    /**
     * An untitled "article" that is one photo caption (…摄, …摄影报道) is the caption of the article before it (the
     * one after it when it comes first): a photo is not a story of its own.
     */
    private static List<ArticleDraft> foldCaptions(List<ArticleDraft> drafts) {
        List<ArticleDraft> out = new ArrayList<>();
        ArticleDraft pending = null;
        for (ArticleDraft d : drafts) {
            boolean caption = drafts.size() > 1 && d.title == null && d.paragraphs.size() == 1
                    && Bylines.isCaption(d.paragraphs.get(0));
            if (caption && !out.isEmpty()) {
                out.get(out.size() - 1).captions.add(d.paragraphs.get(0));
            } else if (caption && pending == null) {
                pending = d;
            } else {
                if (pending != null) {
                    d.captions.add(0, pending.paragraphs.get(0));
                    pending = null;
                }
                out.add(d);
            }
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    /**
     * Datelines and closing bylines give their names; repeated paragraphs go; an article that opened on a subtitle
     * line without a dash and got no headline takes that line as its headline (a subtitle never stands alone: the
     * labeller read a headline as the line under one).
     */
    private static void finish(ArticleDraft d, Set<String> seen) {
        for (ArticleDraft.Heading h : d.headings) {
            h.text = undoubled(h.text);
        }
        d.title = d.title == null ? null : undoubled(d.title);
        dashedHeadlineIsTheSubtitle(d);
        if (d.title == null && d.subtitleFirst) {
            d.title = d.subtitle;
            d.subtitle = null;
        }
        if (!d.paragraphs.isEmpty()) {
            String[] dateline = Bylines.splitDateline(d.paragraphs.get(0));
            if (dateline != null) {
                d.addAuthors(Bylines.names(dateline[1]));
                d.paragraphs.set(0, dateline[2]);
            }
            int lastIndex = d.paragraphs.size() - 1;
            String[] closing = Bylines.splitClosing(d.paragraphs.get(lastIndex));
            if (closing != null) {
                d.addAuthors(Bylines.names(closing[1]));
                d.paragraphs.set(lastIndex, closing[0]);
                d.closed = true;
            }
        }
        List<String> kept = new ArrayList<>();
        for (String p : d.paragraphs) {
            if (!p.isEmpty() && (p.length() < REPEAT_MIN || seen.add(p))) {
                kept.add(p);
            }
        }
        d.paragraphs.clear();
        d.paragraphs.addAll(kept);
    }

    /**
     * A subtitle's dash marks it wherever the extraction printed it: when the labeller took a {@code ——…} line for
     * the headline and the draft has one other headline line, without a dash, that line is the headline and the dashed
     * one its subtitle ({@code ——某某专项行动综述} printed before {@code 让万家灯火更璀璨}).
     */
    private static void dashedHeadlineIsTheSubtitle(ArticleDraft d) {
        if (d.title == null || !ArticleDraft.Heading.dashed(d.title) || d.headings.size() != 2) {
            return;
        }
        ArticleDraft.Heading first = d.headings.get(0);
        ArticleDraft.Heading second = d.headings.get(1);
        ArticleDraft.Heading dashed = ArticleDraft.Heading.dashed(first.text) ? first : second;
        ArticleDraft.Heading other = dashed == first ? second : first;
        if (!dashed.text.equals(d.title) || ArticleDraft.Heading.dashed(other.text)
                || other.role == LineRole.KICKER) {
            return;
        }
        ArticleDraft.Heading headline = new ArticleDraft.Heading(LineRole.TITLE, other.line, undoubled(other.text));
        ArticleDraft.Heading subtitle = new ArticleDraft.Heading(LineRole.SUBTITLE, dashed.line, dashed.text);
        d.headings.set(d.headings.indexOf(other), headline);
        d.headings.set(d.headings.indexOf(dashed), subtitle);
        d.title = headline.text;
        d.subtitle = subtitle.cleaned();
    }

    /** A headline the extraction printed twice in a row ({@code 让万家灯火更璀璨让万家灯火更璀璨}), once. */
    static String undoubled(String s) {
        int half = s.length() / 2;
        return s.length() >= 8 && s.length() % 2 == 0 && s.regionMatches(0, s, half, half) ? s.substring(0, half) : s;
    }

    private static String join(String a, String b) {
        return a == null ? b : b == null ? a : a + " " + b;
    }

    /** Where a line's text goes in a draft, and how a continuation line adds to it. */
    private enum Field {
        TITLE, KICKER, SUBTITLE, BYLINE, CAPTION, SUBHEAD, PARA;

        static Field of(LineRole role) {
            return Field.valueOf(role.name());
        }

        void start(ArticleDraft d, String text) {
            switch (this) {
                case TITLE -> {
                    if (d.title == null) {
                        d.title = text;
                    } else {
                        // A second headline under the first: its subtitle.
                        d.subtitle = join(d.subtitle, text);
                    }
                }
                case KICKER -> d.subtitle = join(ArticleDraft.Heading.cleaned(LineRole.KICKER, text), d.subtitle);
                case SUBTITLE -> {
                    d.subtitleFirst = d.title == null && d.subtitle == null && d.paragraphs.isEmpty()
                            && !ArticleDraft.Heading.dashed(text);
                    d.subtitle = join(d.subtitle, ArticleDraft.Heading.cleaned(LineRole.SUBTITLE, text));
                }
                case BYLINE -> {
                    d.bylineText = text;
                    d.addAuthors(Bylines.names(text));
                }
                case CAPTION -> d.captions.add(text);
                case SUBHEAD -> d.subheadings.add(text);
                case PARA -> d.paragraphs.add(text);
            }
        }

        void append(ArticleDraft d, String text) {
            switch (this) {
                case TITLE -> {
                    d.title = d.title == null ? text : d.title + text;
                    appendLastHeading(d, text);
                }
                case KICKER, SUBTITLE -> {
                    d.subtitle = d.subtitle == null ? text : d.subtitle + text;
                    appendLastHeading(d, text);
                }
                case BYLINE -> {
                    d.bylineText = (d.bylineText == null ? "" : d.bylineText + " ") + text;
                    d.addAuthors(Bylines.names(d.bylineText));
                }
                case CAPTION -> appendLast(d.captions, text);
                case SUBHEAD -> appendLast(d.subheadings, text);
                case PARA -> appendLast(d.paragraphs, text);
            }
        }

        private static void appendLastHeading(ArticleDraft d, String text) {
            ArticleDraft.Heading h = d.headings.get(d.headings.size() - 1);
            h.text = h.text + text;
        }

        private static void appendLast(List<String> list, String text) {
            if (list.isEmpty()) {
                list.add(text);
            } else {
                list.set(list.size() - 1, list.get(list.size() - 1) + text);
            }
        }
    }
}
