package io.newspipe.model;

/**
 * An earlier article that shares part of its text with this one (a quote, a background paragraph, an official
 * formula) but is a different story: linked, never dropped.
 *
 * @param id         the other article's id
 * @param similarity the estimated Jaccard similarity of the two bodies' character 4-grams
 */
public record RelatedArticle(String id, double similarity) {
}
