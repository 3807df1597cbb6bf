package io.newspipe.model;

import java.time.Instant;
import java.util.List;

/**
 * One article: the unit on {@code articles.enriched} and in the store's {@code articles} table.
 *
 * <p>The split stage fills the first group of fields; the enrich stage returns a copy with {@code entities},
 * {@code indicators}, {@code dates} and {@code metrics} set. This record is the JSON contract documented in the README:
 * field names are public API. Lists are never null (empty instead); {@code title}, {@code subtitle} may be null when
 * the page printed none. {@code duplicateOf} is null on every record of {@code articles.enriched}. {@code related} lists
 * the earlier articles that share part of this one's text (never null).
 */
public record Article(
        String id,
        String sourceId,
        String source,
        int ordinal,
        String title,
        String subtitle,
        List<String> authors,
        String body,
        List<String> paragraphs,
        List<String> subheadings,
        List<String> captions,
        boolean complete,
        String contentHash,
        Instant receivedAt,
        List<Entity> entities,
        List<Indicator> indicators,
        List<DateMention> dates,
        Metrics metrics,
        String duplicateOf,
        List<RelatedArticle> related) {

    public Article {
        authors = copy(authors);
        paragraphs = copy(paragraphs);
        subheadings = copy(subheadings);
        captions = copy(captions);
        entities = copy(entities);
        indicators = copy(indicators);
        dates = copy(dates);
        related = copy(related);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A split article, before enrichment. */
    public static Article split(String id, String sourceId, String source, int ordinal, String title, String subtitle,
                                List<String> authors, List<String> paragraphs, List<String> subheadings,
                                List<String> captions, boolean complete, String contentHash, Instant receivedAt) {
        return new Article(id, sourceId, source, ordinal, title, subtitle, authors, String.join("\n", paragraphs),
                paragraphs, subheadings, captions, complete, contentHash, receivedAt, List.of(), List.of(), List.of(),
                null, null, List.of());
    }

    public Article withEnrichment(List<Entity> entities, List<Indicator> indicators, List<DateMention> dates,
                                  Metrics metrics) {
        return new Article(id, sourceId, source, ordinal, title, subtitle, authors, body, paragraphs, subheadings,
                captions, complete, contentHash, receivedAt, entities, indicators, dates, metrics, duplicateOf, related);
    }

    /** The same article with another body text (the app's own topics carry it as null: see the streams app). */
    public Article withBody(String text) {
        return new Article(id, sourceId, source, ordinal, title, subtitle, authors, text, paragraphs, subheadings,
                captions, complete, contentHash, receivedAt, entities, indicators, dates, metrics, duplicateOf, related);
    }

    /** The same article linked to the earlier articles it shares part of its text with. */
    public Article withRelated(List<RelatedArticle> links) {
        return new Article(id, sourceId, source, ordinal, title, subtitle, authors, body, paragraphs, subheadings,
                captions, complete, contentHash, receivedAt, entities, indicators, dates, metrics, duplicateOf, links);
    }
}
