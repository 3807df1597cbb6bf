package io.newspipe.streams;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.streams.errors.DeserializationExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProcessingExceptionHandler;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;

/**
 * No poison pill: a record that a processor throws on, that cannot be deserialised, or whose output cannot be
 * produced (larger than the topic takes, unserialisable) becomes a dead letter on {@code articles.dlq} with the stage
 * and the reason, in the same transaction as the input offset, and the task goes on. Only a transient production
 * error is retried. The stages already turn their own failures into dead letters; these handlers catch the rest.
 */
public final class DeadLetterHandlers {
    private static final Logger log = LoggerFactory.getLogger(DeadLetterHandlers.class);

    private DeadLetterHandlers() {
    }

    private static List<ProducerRecord<byte[], byte[]>> deadLetter(ErrorHandlerContext context, Exception e, String what) {
        log.warn("{} at {} ({}-{}@{}) sent to the dead-letter topic: {}", what, context.processorNodeId(), context.topic(),
                context.partition(), context.offset(), e.toString());
        return List.of(DeadLetters.record(context, e));
    }

    /** Exceptions a processor throws. */
    public static final class Processing implements ProcessingExceptionHandler {
        @Override
        public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
            return Response.resume(deadLetter(context, exception, "a processing error"));
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    /** Records that cannot be read back from the app's own topics. */
    public static final class Deserialization implements DeserializationExceptionHandler {
        @Override
        public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record, Exception exception) {
            return Response.resume(deadLetter(context, exception, "an unreadable record"));
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }

    /** Outputs that cannot be produced: too large, unserialisable. */
    public static final class Production implements ProductionExceptionHandler {
        @Override
        public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record, Exception exception) {
            if (exception instanceof RetriableException) {
                return Response.retry();
            }
            return Response.resume(deadLetter(context, exception, "an output that cannot be produced"));
        }

        @Override
        public Response handleSerializationError(ErrorHandlerContext context, ProducerRecord record, Exception exception,
                                                 SerializationExceptionOrigin origin) {
            return Response.resume(deadLetter(context, exception, "an output that cannot be serialised"));
        }

        @Override
        public void configure(Map<String, ?> configs) {
        }
    }
}
