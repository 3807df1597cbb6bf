package io.newspipe.streams;

import io.newspipe.model.DeadLetter;
import io.newspipe.model.Json;
import io.newspipe.model.Topics;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.ProductionExceptionHandler;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DeadLetterHandlersTest {
    /** What a task knows when an error reaches a handler: the input record and the processor. */
    private record Context(String processorNodeId) implements ErrorHandlerContext {
        @Override
        public String topic() {
            return "articles.raw";
        }

        @Override
        public int partition() {
            return 2;
        }

        @Override
        public long offset() {
            return 41;
        }

        @Override
        public Headers headers() {
            return new RecordHeaders();
        }

        @Override
        public TaskId taskId() {
            return new TaskId(0, 2);
        }

        @Override
        public long timestamp() {
            return 0;
        }

        @Override
        public byte[] sourceRawKey() {
            return "page-1".getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public byte[] sourceRawValue() {
            return "{\"sourceId\":\"page-1\"}".getBytes(StandardCharsets.UTF_8);
        }
    }

    private static DeadLetter only(List<ProducerRecord<byte[], byte[]>> records) {
        assertEquals(1, records.size());
        assertEquals(Topics.DLQ.name(), records.get(0).topic());
        return Json.read(records.get(0).value(), DeadLetter.class);
    }

    @Test
    void anOutputTooLargeToProduceIsADeadLetterWithItsInputAndTheTaskGoesOn() {
        ProductionExceptionHandler.Response r = new DeadLetterHandlers.Production().handleError(new Context("enriched-sink"),
                new ProducerRecord<>("articles.enriched", new byte[0]), new RecordTooLargeException("2 MB > 1 MB"));
        assertEquals(ProductionExceptionHandler.Result.RESUME, r.result());
        DeadLetter d = only(r.deadLetterQueueRecords());
        assertEquals("enriched", d.stage());
        assertEquals("2 MB > 1 MB", d.error());
        assertEquals("articles.raw", d.topic());
        assertEquals(41, d.offset());
        assertEquals("page-1", d.key());
        assertEquals("{\"sourceId\":\"page-1\"}", d.value());
    }

    @Test
    void aTransientProductionErrorIsRetriedNotDeadLettered() {
        ProductionExceptionHandler.Response r = new DeadLetterHandlers.Production().handleError(new Context("enriched-sink"),
                new ProducerRecord<>("articles.enriched", new byte[0]), new TimeoutException("broker slow"));
        assertEquals(ProductionExceptionHandler.Result.RETRY, r.result());
    }

    @Test
    void aProcessorThatThrowsIsADeadLetterToo() {
        var r = new DeadLetterHandlers.Processing().handleError(new Context("near-band"), new Record<>("k", "v", 0),
                new IllegalStateException("bucket corrupt"));
        assertEquals("near-band", only(r.deadLetterQueueRecords()).stage());
    }
}
