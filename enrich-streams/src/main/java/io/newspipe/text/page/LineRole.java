package io.newspipe.text.page;

/**
 * What a physical line of an extracted page is, as the line labeller reads it. A headline, kicker, subtitle or caption
 * may run over several lines, and a paragraph over many: every line after the first is {@link #CONT}. Extraction often
 * prints a headline after its body ({@link #TAIL}); such a headline ends its article.
 */
public enum LineRole {
    /** (The first line of) a headline above its body. */
    TITLE,
    /** (The first line of) a headline printed after its body: it closes the article. */
    TAIL,
    /** A kicker above the headline ({@code …——}). */
    KICKER,
    /** A subtitle ({@code ——…}), or a second headline under the first. */
    SUBTITLE,
    /** A line of names and roles: {@code 张福芳 付柯瞰}, {@code ■衡阳日报全媒体记者 伍施施}. */
    BYLINE,
    /** A photo caption or credit. */
    CAPTION,
    /** A heading inside an article's body. */
    SUBHEAD,
    /** The first line of a body paragraph. */
    PARA,
    /** A line that goes on from the line before (column wrap). */
    CONT
}
