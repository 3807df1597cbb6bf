package io.newspipe.model;

import java.time.Instant;

/**
 * What {@code articles.dlq} carries: the original record, untouched, plus where and why it failed.
 *
 * @param stage    the processor that rejected it (decode, repair, split, dedup, enrich)
 * @param error    a human-readable reason
 * @param key      the original key as a string; may be null
 * @param value    the original value as a UTF-8 string (lossy only if the input was not UTF-8, which is itself the error)
 */
public record DeadLetter(String stage, String error, String errorClass, String topic, int partition, long offset,
                         String key, String value, Instant at) {
}
