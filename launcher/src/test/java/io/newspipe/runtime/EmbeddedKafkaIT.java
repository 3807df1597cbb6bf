package io.newspipe.runtime;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The durable embedded broker keeps topics and records across a restart over the same log dir. */
class EmbeddedKafkaIT {
    @Test
    void theLogCleanersHeapBufferIsSizedForOneBroker(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             Admin admin = Admin.create(Map.of("bootstrap.servers", k.bootstrapServers()))) {
            ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
            Config config = admin.describeConfigs(List.of(broker)).all().get().get(broker);
            assertEquals(String.valueOf(32L << 20), config.get("log.cleaner.dedupe.buffer.size").value());
        }
    }

    @Test
    void aSecondStartFindsWhatTheFirstWrote(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             Admin admin = Admin.create(Map.of("bootstrap.servers", k.bootstrapServers()));
             KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers", k.bootstrapServers()),
                     new StringSerializer(), new StringSerializer())) {
            admin.createTopics(List.of(new NewTopic("kept", 1, (short) 1))).all().get();
            p.send(new ProducerRecord<>("kept", "k", "页面")).get();
        }
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of("bootstrap.servers", k.bootstrapServers()),
                     new StringDeserializer(), new StringDeserializer())) {
            TopicPartition tp = new TopicPartition("kept", 0);
            c.assign(List.of(tp));
            c.seekToBeginning(List.of(tp));
            ConsumerRecords<String, String> records = ConsumerRecords.empty();
            long deadline = System.currentTimeMillis() + 30_000;
            while (records.isEmpty() && System.currentTimeMillis() < deadline) {
                records = c.poll(Duration.ofMillis(500));
            }
            assertEquals(1, records.count());
            assertEquals("页面", records.iterator().next().value());
        }
    }
}
