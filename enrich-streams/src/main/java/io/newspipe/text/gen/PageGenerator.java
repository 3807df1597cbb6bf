package io.newspipe.text.gen;

import io.newspipe.text.page.LineRole;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Lays articles out the way PDF extraction of Chinese papers does: column widths of 8 to 40 characters (steady within
 * an article, different between articles and pages) or a paragraph per line, justification spaces in some full lines,
 * blank lines or none, markdown headings or none, the headline before or after its body, kickers and {@code ——}
 * subtitles, headlines over two lines, bylines in every style the seed pages use, photo captions and credits,
 * subheadings wrapped in a bigger font or printed whole on a line of their own, a paragraph printed twice, and now and
 * then a story that follows another with no headline (a brief with only its dateline or closing byline, or no marker
 * at all). Every line's role is known.
 * Deterministic for a seed. Not thread-safe.
 */
public final class PageGenerator {
    private static final String[] PAPERS = {"衡阳日报", "湖南日报", "长沙晚报", "株洲日报", "郴州日报", "邵阳日报"};
    private static final String[] ROLES = {"记者", "全媒体记者", "通讯员", "融媒体记者"};
    private static final String[] ORGS = {"市", "区", "县", "乡", "市场监管局", "供水中心", "人民法院", "税务局", "公安局"};
    /** Lines that a column or page break printed after a blank line in the middle of a paragraph. */
    private final Set<GeneratedPage.Line> breaks = Collections.newSetFromMap(new IdentityHashMap<>());
    private final ArticleSource source;
    private final Random r;
    /**
     * Draws for layout choices added after the first ones, apart from {@code r} so that a page of a given seed keeps
     * everything else it had: the held-out and tuning pages stay comparable across generator changes.
     */
    private final Random later;
    /** Whether this page's extractor prints each subheading whole on one line, whatever the column. */
    private boolean wholeSubheads;

    public PageGenerator(ArticleSource source, long seed) {
        this.source = source;
        this.r = new Random(seed);
        this.later = new Random(seed * 0x9E3779B97F4A7C15L + 1);
    }

    /** One page's style: drawn once per page. */
    private record Style(int width, String blanks, boolean markdown, double spread, double indent, boolean after,
                         boolean varyWidth) {
    }

    public GeneratedPage next() {
        // A quarter of pages come from an extractor that keeps each paragraph on one line (width 0: no wrap).
        int pageWidth = r.nextInt(4) == 0 ? 0 : 8 + r.nextInt(33);
        Style style = new Style(pageWidth, pick("none", "paragraphs", "lines"), r.nextInt(4) == 0,
                pick(0.0, 0.15, 0.4), pick(0.0, 0.5, 1.0), r.nextInt(3) == 0, r.nextBoolean());
        Map<String, String> layout = new LinkedHashMap<>();
        layout.put("width", style.width() == 0 ? "paragraph per line" : style.width() < 14 ? "8-13" : style.width() < 20 ? "14-19" : style.width() < 30 ? "20-29" : "30-40");
        layout.put("blank lines", style.blanks());
        layout.put("markdown", String.valueOf(style.markdown()));
        layout.put("justification", style.spread() > 0 ? "yes" : "no");
        layout.put("headline after body", String.valueOf(style.after()));
        // Some extractors keep a heading on a line of its own as they keep a headline: shorter than the column, as
        // long as it or longer, so a heading's length against the column does not say whether the line goes on.
        wholeSubheads = pageWidth > 0 && later.nextInt(3) == 0;
        layout.put("subheadings whole", String.valueOf(wholeSubheads));
        List<GeneratedPage.Line> lines = new ArrayList<>();
        List<TruthArticle> truth = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        if (r.nextInt(5) == 0) {
            text.append("第").append(1 + r.nextInt(12)).append("版\n");
        }
        int articles = 2 + r.nextInt(7);
        boolean unmarked = false;
        for (int a = 0; a < articles; a++) {
            TruthArticle article = source.next(r);
            // Now and then a story follows the one before with no title, byline or blank to mark it.
            boolean noMarker = a > 0 && r.nextInt(12) == 0;
            unmarked |= noMarker;
            int width = style.width() == 0 ? 0 : style.varyWidth() ? Math.max(8, Math.min(40, style.width() + r.nextInt(9) - 4)) : style.width();
            truth.add(render(article, style, width, noMarker, lines, text));
        }
        layout.put("unmarked story", String.valueOf(unmarked));
        return new GeneratedPage(text.toString(), lines, truth, layout);
    }

    /** Appends the article's lines; returns what a reader finds of it. */
    private TruthArticle render(TruthArticle a, Style style, int width, boolean noMarker, List<GeneratedPage.Line> lines,
                                StringBuilder text) {
        List<GeneratedPage.Line> header = new ArrayList<>();
        List<GeneratedPage.Line> body = new ArrayList<>();
        String title = noMarker ? null : a.title();
        String subtitle = noMarker ? null : a.subtitle();
        String kicker = noMarker || title == null ? null : a.kicker();
        // Half the stories without a headline are briefs that still carry a dateline or a closing byline.
        boolean brief = noMarker && !a.authors().isEmpty() && r.nextBoolean();
        List<String> authors = noMarker && !brief ? List.of() : a.authors();
        List<String> paragraphs = new ArrayList<>(a.paragraphs());
        int bylineStyle = authors.isEmpty() ? -1 : brief ? 2 + r.nextInt(3) : r.nextInt(7);
        if (kicker != null && r.nextInt(3) == 0) {
            // A label over the headline: a place or a body and a colon.
            kicker = source.place(r) + (r.nextBoolean() ? "" : ORGS[r.nextInt(ORGS.length)]);
            header.add(new GeneratedPage.Line(kicker + (r.nextInt(4) == 0 ? ":" : "："), LineRole.KICKER, false));
        } else if (kicker != null) {
            wrapInto(header, kicker + "——", LineRole.KICKER, width == 0 ? 0 : width + 6, style);
        }
        if (title != null) {
            if (title.length() >= 12 && title.indexOf(' ') < 0 && r.nextInt(4) == 0) {
                // A headline over two lines, cut near its middle.
                int cut = title.length() / 2 + r.nextInt(3) - 1;
                header.add(new GeneratedPage.Line(title.substring(0, cut), LineRole.TITLE, false));
                header.add(new GeneratedPage.Line(title.substring(cut), LineRole.CONT, false));
            } else {
                String t = style.markdown() ? (r.nextBoolean() ? "## " + title : "**" + title + "**") : title;
                header.add(new GeneratedPage.Line(t, LineRole.TITLE, false));
            }
        }
        if (subtitle != null) {
            header.add(new GeneratedPage.Line(r.nextBoolean() ? "——" + subtitle : subtitle, LineRole.SUBTITLE, false));
        }
        String paper = PAPERS[r.nextInt(PAPERS.length)];
        switch (bylineStyle) {
            case 0 -> header.add(new GeneratedPage.Line(String.join(r.nextBoolean() ? " " : "  ", authors), LineRole.BYLINE, false));
            case 1 -> header.add(new GeneratedPage.Line(roleLine(paper, authors), LineRole.BYLINE, false));
            case 2 -> paragraphs.set(0, paper + "讯（" + credits(authors) + "）" + paragraphs.get(0));
            case 3 -> paragraphs.set(0, paper + (1 + r.nextInt(12)) + "月" + (1 + r.nextInt(28)) + "日讯（"
                    + credits(authors) + "）" + paragraphs.get(0));
            case 4 -> paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1)
                    + "（" + String.join(" ", authors) + "）");
            default -> { }
        }
        // Styles 5 and 6 print the names on a line of their own under the body: in brackets, or bare.
        String closingNames = bylineStyle == 5 ? (r.nextBoolean() ? "(" + String.join(" ", authors) + ")"
                : "（" + String.join(" ", authors) + "）") : bylineStyle == 6 ? String.join(" ", authors) : null;
        int duplicated = paragraphs.size() >= 3 && r.nextInt(20) == 0 ? 1 + r.nextInt(paragraphs.size() - 1) : -1;
        List<String> subheads = new ArrayList<>(a.subheadings());
        int every = subheads.isEmpty() ? 0 : Math.max(1, paragraphs.size() / (subheads.size() + 1));
        for (int p = 0; p < paragraphs.size(); p++) {
            if (every > 0 && p > 0 && p % every == 0 && !subheads.isEmpty()) {
                // Set in a bigger font than the body: fewer characters to the column.
                wrapInto(body, subheads.remove(0), LineRole.SUBHEAD,
                        width == 0 || wholeSubheads ? 0 : Math.max(6, width * 3 / 4), style);
            }
            paragraph(body, paragraphs.get(p), width, style);
            if (p == duplicated) {
                paragraph(body, paragraphs.get(p), width, style);
            }
        }
        if (closingNames != null) {
            body.add(new GeneratedPage.Line(closingNames, LineRole.BYLINE, false));
        }
        for (String caption : a.captions()) {
            wrapInto(body, caption, LineRole.CAPTION, width, style);
        }
        boolean after = style.after() && title != null && r.nextInt(3) > 0;
        List<GeneratedPage.Line> block = new ArrayList<>();
        if (after) {
            // Headline (and subtitle) printed under the body; a kicker or names line stays on top.
            List<GeneratedPage.Line> top = header.stream().filter(l -> l.role() == LineRole.KICKER
                    || l.role() == LineRole.BYLINE).toList();
            block.addAll(top);
            block.addAll(body);
            header.stream().filter(l -> !top.contains(l))
                    .map(l -> l.role() == LineRole.TITLE ? new GeneratedPage.Line(l.text(), LineRole.TAIL, false) : l)
                    .forEach(block::add);
        } else {
            block.addAll(header);
            block.addAll(body);
        }
        for (int i = 0; i < block.size(); i++) {
            GeneratedPage.Line l = block.get(i);
            GeneratedPage.Line labelled = new GeneratedPage.Line(l.text(), l.role(), i == 0);
            lines.add(labelled);
            boolean blank = style.blanks().equals("lines") || i + 1 < block.size() && breaks.contains(block.get(i + 1))
                    || style.blanks().equals("paragraphs") && i + 1 < block.size() && block.get(i + 1).role() != LineRole.CONT;
            text.append(l.text()).append('\n');
            if (blank) {
                text.append('\n');
            }
        }
        breaks.clear();
        List<String> truthParagraphs = new ArrayList<>(a.paragraphs());
        return new TruthArticle(title, subtitle, kicker, authors, truthParagraphs, a.subheadings(), a.captions());
    }

    private String credits(List<String> authors) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < authors.size(); i++) {
            if (i == 0 || r.nextInt(3) == 0) {
                b.append(i == 0 ? "" : " ").append(ROLES[r.nextInt(ROLES.length)]).append(' ');
            } else {
                b.append(' ');
            }
            b.append(authors.get(i));
        }
        return b.toString();
    }

    private String roleLine(String paper, List<String> authors) {
        return (r.nextBoolean() ? "■" : "") + (r.nextBoolean() ? paper : "") + credits(authors);
    }

    /** A body paragraph wrapped at the column: its first line PARA (maybe indented), the rest CONT. */
    private void paragraph(List<GeneratedPage.Line> out, String text, int width, Style style) {
        if (text.length() >= 30 && r.nextInt(25) == 0) {
            // A column break inside the paragraph: the rest goes on after a blank line, mid-sentence.
            int cut = 10 + r.nextInt(text.length() - 20);
            paragraph(out, text.substring(0, cut), width, style);
            List<String> rest = wrap(text.substring(cut), width);
            for (int i = 0; i < rest.size(); i++) {
                GeneratedPage.Line l = new GeneratedPage.Line(rest.get(i), LineRole.CONT, false);
                if (i == 0) {
                    breaks.add(l);
                }
                out.add(l);
            }
            return;
        }
        boolean indent = r.nextDouble() < style.indent();
        List<String> wrapped = wrap(text, indent && width > 0 ? width - 1 : width);
        for (int i = 0; i < wrapped.size(); i++) {
            String line = wrapped.get(i);
            boolean full = i + 1 < wrapped.size();
            if (full && r.nextDouble() < style.spread()) {
                line = spread(line);
            }
            out.add(new GeneratedPage.Line(i == 0 && indent ? (r.nextBoolean() ? "\u3000" : "  ") + line : line,
                    i == 0 ? LineRole.PARA : LineRole.CONT, false));
        }
    }

    private void wrapInto(List<GeneratedPage.Line> out, String text, LineRole role, int width, Style style) {
        List<String> wrapped = wrap(text, width == 0 ? 0 : Math.max(width, 6));
        for (int i = 0; i < wrapped.size(); i++) {
            out.add(new GeneratedPage.Line(wrapped.get(i), i == 0 ? role : LineRole.CONT, false));
        }
    }

    /** Greedy wrap by visual width: a CJK character or mark counts 1, an ASCII character a half; width 0: no wrap. */
    public static List<String> wrap(String text, int width) {
        if (width <= 0) {
            return List.of(text);
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            double cw = c < 0x2E80 && c != '“' && c != '”' && c != '—' && c != '…' ? 0.5 : 1;
            if (w + cw > width && cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
                w = 0;
            }
            cur.append(c);
            w += cw;
        }
        if (cur.length() > 0) {
            out.add(cur.toString());
        }
        return out;
    }

    /** A full line spread by justification: spaces between its characters, digits kept together now and then. */
    private String spread(String line) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            b.append(c);
            boolean digits = Character.isDigit(c) && i + 1 < line.length() && Character.isDigit(line.charAt(i + 1));
            if (i + 1 < line.length() && !digits && r.nextInt(4) > 0) {
                b.append(' ');
            }
        }
        return b.toString();
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[r.nextInt(options.length)];
    }
}
