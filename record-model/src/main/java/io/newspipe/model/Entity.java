package io.newspipe.model;

import java.util.List;
import java.util.Map;

/**
 * A named entity found in an article body.
 *
 * @param type       PERSON, PLACE or ORGANIZATION
 * @param text       the surface form as printed
 * @param mentions   how many times it occurs in the body
 * @param offsets    character offsets of each mention in {@code body}
 * @param normalized optional normalisation (for places: administrative code, level, parent); may be null
 */
public record Entity(EntityType type, String text, int mentions, List<Integer> offsets, Map<String, Object> normalized) {
    public enum EntityType { PERSON, PLACE, ORGANIZATION }
}
