package io.newspipe.runtime;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ProducerState;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real hanging transaction on a real broker: a partition holds an open transaction whose coordinator has forgotten
 * it (its transaction log removed while the broker was down, as a lost marker leaves it), ended by an abort or by the
 * commit marker it missed; and a live one that must be left alone.
 */
class HangingTransactionsIT {
    private static final TopicPartition TP = new TopicPartition("pages", 0);

    @Test
    void aForgottenTransactionIsAbortedAndItsPartitionReadableAgain(@TempDir Path dir) throws Exception {
        forgetAnOpenTransaction(dir);
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             Admin admin = admin(k)) {
            long end = offset(admin, IsolationLevel.READ_UNCOMMITTED);
            assertTrue(offset(admin, IsolationLevel.READ_COMMITTED) < end,
                    "the open transaction holds the last stable offset back");

            List<HangingTransactions.Ended> ended = HangingTransactions.endAll(admin, Duration.ofSeconds(30));

            assertEquals(1, ended.size());
            assertEquals(TP, ended.get(0).partition());
            assertFalse(ended.get(0).committed(), "a coordinator that does not know the producer decided nothing");
            long stable = offset(admin, IsolationLevel.READ_COMMITTED);
            assertEquals(offset(admin, IsolationLevel.READ_UNCOMMITTED), stable);
            assertTrue(stable > end, "the abort marker was written after the open transaction");
            assertEquals(List.of("committed"), readCommitted(k));
            assertEquals(List.of(), HangingTransactions.endAll(admin, Duration.ofSeconds(30)));
        }
    }

    @Test
    void aCommitMarkerMakesTheOpenTransactionsRecordsVisible(@TempDir Path dir) throws Exception {
        forgetAnOpenTransaction(dir);
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             Admin admin = admin(k)) {
            ProducerState open = admin.describeProducers(List.of(TP)).partitionResult(TP).get().activeProducers()
                    .stream().filter(p -> p.currentTransactionStartOffset().isPresent()).findFirst().orElseThrow();
            Node leader = admin.describeTopics(List.of(TP.topic())).allTopicNames().get().get(TP.topic())
                    .partitions().get(0).leader();

            TxnMarkers.commit(leader, TP, open.producerId(), (short) open.producerEpoch(),
                    open.coordinatorEpoch().orElse(-1));

            assertEquals(offset(admin, IsolationLevel.READ_UNCOMMITTED), offset(admin, IsolationLevel.READ_COMMITTED));
            assertEquals(List.of("committed", "never ended"), readCommitted(k));
            assertEquals(List.of(), HangingTransactions.endAll(admin, Duration.ofSeconds(30)));
        }
    }

    @Test
    void aTransactionItsCoordinatorCommittedGetsTheMarkerItMissed(@TempDir Path dir) throws Exception {
        Path partition = dir.resolve(TP.topic() + "-" + TP.partition());
        Path withoutMarker = Files.createTempDirectory("partition-without-marker");
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             Admin admin = admin(k)) {
            KafkaProducer<String, String> p = transactionOnNewTopic(k, admin, "decided");
            p.send(new ProducerRecord<>(TP.topic(), "a", "decided to commit")).get();
            copyTree(partition, withoutMarker);  // the partition as it was before the commit marker came
            p.commitTransaction();
            p.close();
        }
        // The coordinator's log says committed; the partition's says open: what a skipped marker leaves.
        deleteTree(partition);
        copyTree(withoutMarker, partition);
        // As after a crash: the broker recovers the partition's log and rebuilds its producers from it.
        Files.deleteIfExists(dir.resolve(".kafka_cleanshutdown"));
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             Admin admin = admin(k)) {
            assertTrue(offset(admin, IsolationLevel.READ_COMMITTED) < offset(admin, IsolationLevel.READ_UNCOMMITTED));

            List<HangingTransactions.Ended> ended = HangingTransactions.endAll(admin, Duration.ofSeconds(30));

            assertEquals(1, ended.size());
            assertTrue(ended.get(0).committed(), "the coordinator decided to commit it");
            assertEquals(offset(admin, IsolationLevel.READ_UNCOMMITTED), offset(admin, IsolationLevel.READ_COMMITTED));
            assertEquals(List.of("decided to commit"), readCommitted(k));
        } finally {
            deleteTree(withoutMarker);
        }
    }

    /**
     * One committed transaction and one left open on {@link #TP}, then the broker stopped and its transaction log
     * removed: the coordinator forgets the producer, as a lost marker leaves a transaction.
     */
    private static void forgetAnOpenTransaction(Path dir) throws Exception {
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             Admin admin = admin(k)) {
            KafkaProducer<String, String> p = transactionOnNewTopic(k, admin, "forgotten");
            p.send(new ProducerRecord<>(TP.topic(), "a", "committed")).get();
            p.commitTransaction();
            p.beginTransaction();
            p.send(new ProducerRecord<>(TP.topic(), "b", "never ended")).get();
            p.close(Duration.ZERO);  // a crash: no abort on the way out
        }
        try (Stream<Path> logs = Files.list(dir)) {
            for (Path p : logs.filter(p -> p.getFileName().toString().startsWith("__transaction_state-")).toList()) {
                deleteTree(p);
            }
        }
    }

    @Test
    void aLiveTransactionIsLeftToItsProducer(@TempDir Path dir) throws Exception {
        try (EmbeddedKafka k = new EmbeddedKafka(dir).start();
             Admin admin = admin(k);
             KafkaProducer<String, String> p = transactionOnNewTopic(k, admin, "live")) {
            p.send(new ProducerRecord<>(TP.topic(), "a", "in flight")).get();

            assertEquals(List.of(), HangingTransactions.endAll(admin, Duration.ofSeconds(30)));

            p.commitTransaction();
            assertEquals(List.of("in flight"), readCommitted(k));
        }
    }

    private static Admin admin(EmbeddedKafka k) {
        return Admin.create(Map.of("bootstrap.servers", k.bootstrapServers()));
    }

    /** Creates {@link #TP}'s topic and returns a producer of {@code transactionalId} with a transaction begun. */
    private static KafkaProducer<String, String> transactionOnNewTopic(EmbeddedKafka k, Admin admin,
                                                                        String transactionalId) throws Exception {
        admin.createTopics(List.of(new NewTopic(TP.topic(), 1, (short) 1))).all().get();
        KafkaProducer<String, String> p = producer(k, transactionalId);
        p.initTransactions();
        p.beginTransaction();
        return p;
    }

    private static KafkaProducer<String, String> producer(EmbeddedKafka k, String transactionalId) {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, k.bootstrapServers(),
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId,
                // Long enough that the coordinator's own timeout cannot end the transaction during the test.
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 600_000),
                new StringSerializer(), new StringSerializer());
    }

    /** The end of {@link #TP} as a reader of {@code isolation} sees it. */
    private static long offset(Admin admin, IsolationLevel isolation) throws Exception {
        return admin.listOffsets(Map.of(TP, OffsetSpec.latest()), new ListOffsetsOptions(isolation))
                .partitionResult(TP).get().offset();
    }

    /**
     * The committed values, read until the read_committed position reaches the log's end. Not until the read_committed
     * end offset: that is the last stable offset, which stays before a just-committed transaction until its coordinator
     * has written the marker, after {@code commitTransaction()} returned (the read would then end with nothing).
     */
    private static List<String> readCommitted(EmbeddedKafka k) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, k.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer());
             KafkaConsumer<String, String> logEnd = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, k.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_uncommitted"), new StringDeserializer(), new StringDeserializer())) {
            c.assign(List.of(TP));
            c.seekToBeginning(List.of(TP));
            List<String> values = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 20_000;
            while (c.position(TP) < logEnd.endOffsets(List.of(TP)).get(TP) && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(200))) {
                    values.add(r.value());
                }
            }
            return values;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : all.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
