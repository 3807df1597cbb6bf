package io.newspipe.streams;

import io.newspipe.model.DeadLetter;
import io.newspipe.model.Json;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.RecordMetadata;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds the dead letter for a record a stage could not handle, with where it came from. Thread-safe. */
final class DeadLetters {
    private DeadLetters() {
    }

    static DeadLetter of(String stage, Throwable error, ProcessingContext context, String key, Object value) {
        String original = value instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8)
                : value == null ? null : Json.writeString(value);
        String topic = context.recordMetadata().map(RecordMetadata::topic).orElse(null);
        int partition = context.recordMetadata().map(RecordMetadata::partition).orElse(-1);
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElse(-1L);
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        return new DeadLetter(stage, message, error.getClass().getName(), topic, partition, offset, key, original,
                Instant.now());
    }
}
