package io.newspipe.runtime;

import io.newspipe.streams.TopologyNames;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cluster where an earlier version left articles in a repartition topic this version no longer reads: the pipeline
 * does not start over them, and once they are consumed it starts and deletes the topic.
 */
class RetiredTopicsIT {
    @TempDir
    Path stateDir;

    @Test
    void recordsLeftInARetiredTopicStopTheStartAndADrainedOneIsDeleted() throws Exception {
        try (TestKafka kafka = TestKafka.start();
             Admin admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            String topic = RetiredTopics.NEAR_ARTICLES;
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
            try (KafkaProducer<String, String> p = new KafkaProducer<>(Map.of("bootstrap.servers",
                    kafka.bootstrapServers()), new StringSerializer(), new StringSerializer())) {
                p.send(new ProducerRecord<>(topic, 0, "a-01", "{}")).get();
                p.send(new ProducerRecord<>(topic, 2, "b-01", "{}")).get();
            }
            PipelineOptions options = new PipelineOptions(stateDir, kafka.bootstrapServers(),
                    "jdbc:sqlite:" + stateDir.resolve("articles.db"), 3, Duration.ofMinutes(2));

            try (PipelineRuntime runtime = new PipelineRuntime(options)) {
                IllegalStateException e = assertThrows(IllegalStateException.class, runtime::start);
                assertTrue(e.getMessage().contains(topic + " holds 2 record(s)"), e.getMessage());
            }
            assertTrue(admin.listTopics().names().get().contains(topic), "records not yet delivered are kept");

            // The earlier version finished them: its group's offsets reach the end of every partition.
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            for (int i = 0; i < 3; i++) {
                latest.put(new TopicPartition(topic, i), OffsetSpec.latest());
            }
            Map<TopicPartition, OffsetAndMetadata> consumed = new HashMap<>();
            admin.listOffsets(latest).all().get().forEach((tp, o) -> consumed.put(tp, new OffsetAndMetadata(o.offset())));
            admin.alterConsumerGroupOffsets(TopologyNames.APPLICATION_ID, consumed).all().get();

            try (PipelineRuntime runtime = new PipelineRuntime(options).start()) {
                DeliveryTracker.awaitUntil(() -> {
                    try {
                        return !admin.listTopics().names().get().contains(topic);
                    } catch (Exception e) {
                        return false;
                    }
                }, Duration.ofSeconds(30), "the drained retired topic to be deleted");
            }
        }
    }
}
