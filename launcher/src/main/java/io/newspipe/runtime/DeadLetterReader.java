package io.newspipe.runtime;

import io.newspipe.explore.PipelineView;
import io.newspipe.model.DeadLetter;
import io.newspipe.model.Json;
import io.newspipe.model.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The dead-letter topic as the explorer shows it: its latest records, read with a short-lived consumer
 * (read_committed, a few seconds at most). Also the explorer's view of a cluster that {@code pipeline explore} is
 * pointed at without running the pipeline ({@link #cluster}). Stateless; thread-safe.
 */
public final class DeadLetterReader {
    private static final Duration READ_LIMIT = Duration.ofSeconds(3);

    private DeadLetterReader() {
    }

    /** A view of a cluster this process does not run: its dead letters, no health or counts. */
    public static PipelineView cluster(String bootstrapServers) {
        return new PipelineView() {
            @Override
            public Map<String, Object> status() {
                return Map.of("running", false, "cluster", bootstrapServers, "deadLetters", true);
            }

            @Override
            public List<Map<String, Object>> deadLetters(int max) {
                return latest(bootstrapServers, max);
            }
        };
    }

    /** The latest records of {@code articles.dlq}, newest first, at most {@code max}. */
    static List<Map<String, Object>> latest(String bootstrapServers, int max) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> parts = c.partitionsFor(Topics.DLQ.name(), READ_LIMIT).stream()
                    .map(i -> new TopicPartition(i.topic(), i.partition())).toList();
            c.assign(parts);
            Map<TopicPartition, Long> begin = c.beginningOffsets(parts, READ_LIMIT);
            Map<TopicPartition, Long> end = c.endOffsets(parts, READ_LIMIT);
            for (TopicPartition tp : parts) {
                c.seek(tp, Math.max(begin.get(tp), end.get(tp) - max));
            }
            long deadline = System.nanoTime() + READ_LIMIT.toNanos();
            while (System.nanoTime() < deadline && parts.stream().anyMatch(tp -> c.position(tp) < end.get(tp))) {
                for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
                    if (r.value() != null) {
                        letters.add(Json.read(r.value(), DeadLetter.class));
                    }
                }
            }
        }
        letters.sort(Comparator.comparing(DeadLetter::at, Comparator.nullsLast(Comparator.reverseOrder())));
        List<Map<String, Object>> out = new ArrayList<>();
        for (DeadLetter d : letters.subList(0, Math.min(max, letters.size()))) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("stage", d.stage());
            m.put("error", d.error());
            m.put("errorClass", d.errorClass());
            m.put("topic", d.topic());
            m.put("partition", d.partition());
            m.put("offset", d.offset());
            m.put("key", d.key());
            m.put("at", d.at() == null ? null : d.at().toString());
            // The bad input itself can be large: the page shows its beginning.
            m.put("valueStart", d.value() == null ? null : d.value().substring(0, Math.min(200, d.value().length())));
            out.add(m);
        }
        return out;
    }
}
