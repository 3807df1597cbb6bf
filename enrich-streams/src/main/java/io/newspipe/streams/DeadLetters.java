package io.newspipe.streams;

import io.newspipe.model.DeadLetter;
import io.newspipe.model.Json;
import io.newspipe.model.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
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
        return new DeadLetter(stage, reason(error), error.getClass().getName(), topic, partition, offset, key, original,
                Instant.now());
    }

    /**
     * A dead letter for what a Streams error handler saw: the input record that led to the error (its raw bytes, as
     * the task read them), and the stage, from the processor the error came from.
     */
    static ProducerRecord<byte[], byte[]> record(ErrorHandlerContext context, Exception error) {
        byte[] key = context.sourceRawKey();
        byte[] value = context.sourceRawValue();
        DeadLetter d = new DeadLetter(stage(context.processorNodeId()), reason(error), error.getClass().getName(),
                context.topic(), context.partition(), context.offset(),
                key == null ? null : new String(key, StandardCharsets.UTF_8),
                value == null ? null : new String(value, StandardCharsets.UTF_8), Instant.now());
        return new ProducerRecord<>(Topics.DLQ.name(), key, Topics.DLQ.valueSerde().serializer().serialize(Topics.DLQ.name(), d));
    }

    /** The stage a processor belongs to: its name without the topology's suffixes ({@code enriched-sink} → enriched). */
    static String stage(String processorNodeId) {
        if (processorNodeId == null) {
            return "streams";
        }
        return processorNodeId.replaceFirst("-(?:sink|dlq-sink|duplicates-sink|source)$", "");
    }

    private static String reason(Throwable error) {
        return error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
    }
}
