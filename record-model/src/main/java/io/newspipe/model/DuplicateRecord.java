package io.newspipe.model;

/**
 * A verdict of the dedup stage, on {@code articles.duplicates} and in the store's {@code duplicates} table.
 *
 * @param id          the article (or, for {@code method=replay}, the page) that was dropped
 * @param duplicateOf the canonical id it repeats: the first version seen
 * @param similarity  1.0 for exact and replay; the estimated similarity for near-duplicates
 * @param method      {@code exact}, {@code near} or {@code replay}
 * @param sourceId    the page the dropped copy came from
 * @param title       the dropped copy's title, for humans reading the topic; may be null
 */
public record DuplicateRecord(String id, String duplicateOf, double similarity, String method, String sourceId,
                              String title) {
}
