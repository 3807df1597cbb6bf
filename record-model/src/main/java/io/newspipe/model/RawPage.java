package io.newspipe.model;

import java.time.Instant;

/**
 * One extracted newspaper page as it travels on {@code articles.raw}.
 *
 * <p>{@code sourceId} is derived from the page's bytes (see {@link SourceIds}), so the same file sent twice carries the
 * same key and lands on the same partition. {@code text} is already decoded to a Java string; {@code charset} records
 * what the bytes were decoded from. Immutable; {@code text} is never null for a page that was accepted.
 */
public record RawPage(String sourceId, String source, Instant receivedAt, String charset, String text, long bytes) {
}
