package io.newspipe.runtime;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

/**
 * Knows when everything sent has arrived: the streams app has committed past every raw record, and the Connect sink
 * has committed past the last record the app wrote. Offsets, not sleeps. Not thread-safe.
 */
public final class DeliveryTracker {
    private final Admin admin;
    private final String bootstrap;
    private final Runnable healthCheck;

    DeliveryTracker(Admin admin, String bootstrap) {
        this(admin, bootstrap, () -> { });
    }

    /** @param healthCheck run on every poll of a wait; throws to end the wait at once (a dead streams app) */
    DeliveryTracker(Admin admin, String bootstrap, Runnable healthCheck) {
        this.admin = admin;
        this.bootstrap = bootstrap;
        this.healthCheck = healthCheck;
    }

    /**
     * The end of {@code topic} once no transaction is open on it (read_committed end = high watermark). Call it when
     * the writers of the topic have nothing left to write: the group offsets of a transaction become visible before
     * its commit markers reach every partition, so an earlier read can see an end that is still moving.
     */
    Map<TopicPartition, Long> stableEndOffsets(String topic, Duration timeout) throws Exception {
        Map<TopicPartition, Long>[] result = new Map[1];
        awaitUntil(() -> {
            try {
                Map<TopicPartition, Long> committed = endOffsets(topic, IsolationLevel.READ_COMMITTED);
                result[0] = committed;
                return committed.equals(endOffsets(topic, IsolationLevel.READ_UNCOMMITTED));
            } catch (Exception e) {
                return false;
            }
        }, timeout, "the open transactions on " + topic + " to complete");
        return result[0];
    }

    /** Latest offsets (read_committed: the last stable offset) of every partition of {@code topic}. */
    Map<TopicPartition, Long> endOffsets(String topic) throws Exception {
        return endOffsets(topic, IsolationLevel.READ_COMMITTED);
    }

    private Map<TopicPartition, Long> endOffsets(String topic, IsolationLevel isolation) throws Exception {
        int partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().size();
        Map<TopicPartition, OffsetSpec> spec = new HashMap<>();
        for (int p = 0; p < partitions; p++) {
            spec.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        ListOffsetsResult r = admin.listOffsets(spec, new org.apache.kafka.clients.admin.ListOffsetsOptions(isolation));
        Map<TopicPartition, Long> out = new HashMap<>();
        for (var e : r.all().get().entrySet()) {
            out.put(e.getKey(), e.getValue().offset());
        }
        return out;
    }

    /** Waits until {@code group} has committed at least {@code target} on every listed partition. */
    void awaitCommitted(String group, Map<TopicPartition, Long> target, Duration timeout, String what) throws Exception {
        awaitUntil(() -> {
            healthCheck.run();
            try {
                Map<TopicPartition, OffsetAndMetadata> committed =
                        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                for (var e : target.entrySet()) {
                    OffsetAndMetadata c = committed.get(e.getKey());
                    if (e.getValue() > 0 && (c == null || c.offset() < e.getValue())) {
                        return false;
                    }
                }
                return true;
            } catch (Exception e) {
                return false;
            }
        }, timeout, what);
    }

    /** How many records (read_committed) were written to {@code topic} after {@code from}. */
    long writtenSince(String topic, Map<TopicPartition, Long> from, Duration timeout) throws Exception {
        return written(topic, from, timeout)[0];
    }

    /**
     * Distinct keys of the values written to {@code topic} after {@code from}: on {@code articles.duplicates} a
     * dropped copy is recorded again when a closer earlier copy turns up late, and is still one duplicate.
     */
    long distinctKeysSince(String topic, Map<TopicPartition, Long> from, Duration timeout) throws Exception {
        return written(topic, from, timeout)[2];
    }

    /**
     * Records (read_committed) written to {@code topic} after {@code from}: {values, tombstones, distinct keys of the
     * values}. A tombstone on {@code articles.enriched} retracts an article published before its earlier copy was seen.
     */
    long[] written(String topic, Map<TopicPartition, Long> from, Duration timeout) throws Exception {
        Map<TopicPartition, Long> end = stableEndOffsets(topic, timeout);
        long count = 0;
        long tombstones = 0;
        java.util.Set<java.nio.ByteBuffer> keys = new java.util.HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = readCommittedConsumer()) {
            List<TopicPartition> parts = List.copyOf(end.keySet());
            consumer.assign(parts);
            for (TopicPartition tp : parts) {
                consumer.seek(tp, from.getOrDefault(tp, 0L));
            }
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (parts.stream().anyMatch(tp -> consumer.position(tp) < end.get(tp))) {
                if (System.nanoTime() > deadline) {
                    throw new TimeoutException("could not read " + topic + " to its end");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                        if (r.value() == null) {
                            tombstones++;
                        } else {
                            count++;
                            keys.add(java.nio.ByteBuffer.wrap(r.key() == null ? new byte[0] : r.key()));
                        }
                    }
                }
            }
        }
        return new long[]{count, tombstones, keys.size()};
    }

    /** A consumer without a group that sees only committed records: for reading ends, never for committing. */
    private KafkaConsumer<byte[], byte[]> readCommittedConsumer() {
        Map<String, Object> c = new HashMap<>();
        c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(c, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * For each partition of {@code topic} that holds a record, the offset after its last record (read_committed).
     * A sink's committed offset reaches exactly this, not the end offset, which also counts transaction markers.
     * Reads backwards in growing windows, so the cost is the tail of the topic, not all of it.
     */
    Map<TopicPartition, Long> nextAfterLastRecord(String topic, Duration timeout) throws Exception {
        Map<TopicPartition, Long> end = stableEndOffsets(topic, timeout);
        Map<TopicPartition, Long> out = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = readCommittedConsumer()) {
            for (var e : end.entrySet()) {
                TopicPartition tp = e.getKey();
                long start = consumer.beginningOffsets(List.of(tp)).get(tp);
                long window = 16;
                long last = -1;
                long from = e.getValue();
                while (last < 0 && from > start) {
                    from = Math.max(start, e.getValue() - window);
                    last = lastRecordOffset(consumer, tp, from, e.getValue());
                    window *= 4;
                }
                if (last >= 0) {
                    out.put(tp, last + 1);
                }
            }
        }
        return out;
    }

    private static long lastRecordOffset(KafkaConsumer<byte[], byte[]> consumer, TopicPartition tp, long from, long end) {
        consumer.assign(List.of(tp));
        consumer.seek(tp, from);
        long last = -1;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (consumer.position(tp) < end && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.offset() < end) {
                    last = Math.max(last, r.offset());
                }
            }
        }
        return last;
    }

    static void awaitUntil(BooleanSupplier done, Duration timeout, String what) throws TimeoutException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(100);
        }
    }
}
