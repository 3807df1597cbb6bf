package io.newspipe.runtime;

import io.newspipe.model.DeadLetter;
import io.newspipe.model.Json;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import io.newspipe.text.page.Pages;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The end-to-end scenario both store ITs run: replay the seeds, replay them again (skipped by the producer's ledger),
 * again with the ledger's records lost as a crash loses them (the streams app must drop the resends as redeliveries),
 * again with the ledger gone (the streams app must catch the replay), then a poison record beside a good page.
 */
final class PipelineScenario {
    static final Path SEEDS = Path.of("..", "seeds");

    private PipelineScenario() {
    }

    static void run(TestKafka kafka, Path stateDir, String jdbcUrl) throws Exception {
        PipelineOptions options = new PipelineOptions(stateDir, kafka.bootstrapServers(), jdbcUrl, 3, Duration.ofMinutes(3));
        int expected = expectedArticles();
        try (PipelineRuntime runtime = new PipelineRuntime(options).start()) {
            Replay replay = new Replay(runtime, options);

            Replay.Summary first = replay.run(List.of(SEEDS), null, null);
            assertEquals(5, first.pagesSent());
            assertEquals(expected, first.enriched());
            assertEquals(0, first.deadLetters());
            assertEquals(expected, first.store().get("articles"));
            List<String> snapshot = snapshot(jdbcUrl);

            Replay.Summary again = replay.run(List.of(SEEDS), null, null);
            assertEquals(0, again.pagesSent());
            assertEquals(5, again.pagesAlreadySeen());
            assertEquals(first.store(), again.store());

            // A crash between the broker's acks and the ledger's records: the records are lost, the reservations
            // kept. The pages go again with their first times; the streams app must drop them as redeliveries,
            // leaving the store as it was (no replay records: this is not a user's second send).
            try (Stream<Path> ledgers = Files.list(stateDir.resolve("producer"))) {
                for (Path l : ledgers.toList()) {
                    List<String> reservations = Files.readAllLines(l).stream().filter(x -> x.startsWith("? ")).toList();
                    assertEquals(5, reservations.size());
                    Files.write(l, reservations);
                }
            }
            Replay.Summary resent = replay.run(List.of(SEEDS), null, null);
            assertEquals(5, resent.pagesSent());
            assertEquals(0, resent.enriched());
            assertEquals(0, resent.duplicates());
            assertEquals(first.store(), resent.store());
            assertEquals(snapshot, snapshot(jdbcUrl));

            // Forget the ledger: the pages reach the streams app again, which must drop them as replays.
            try (Stream<Path> ledgers = Files.list(stateDir.resolve("producer"))) {
                for (Path l : ledgers.toList()) {
                    Files.delete(l);
                }
            }
            Replay.Summary forced = replay.run(List.of(SEEDS), null, null);
            assertEquals(5, forced.pagesSent());
            assertEquals(0, forced.enriched());
            assertEquals(5, forced.duplicates());
            assertEquals(first.store().get("articles"), forced.store().get("articles"));
            assertEquals(first.store().get("entities"), forced.store().get("entities"));
            assertEquals(first.store().get("indicators"), forced.store().get("indicators"));
            assertEquals(snapshot, snapshot(jdbcUrl));

            // A poison record on the raw topic goes to the DLQ; a good page sent after it still arrives.
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", kafka.bootstrapServers()),
                    new StringSerializer(), new ByteArraySerializer())) {
                p.send(new ProducerRecord<>(Topics.RAW.name(), "poison", "{\"sourceId\": 42, oops".getBytes(StandardCharsets.UTF_8))).get();
                // And one the sink cannot write: through the real worker it must reach the errant-record DLQ.
                p.send(new ProducerRecord<>(Topics.ENRICHED.name(), "bad-article", "not an article".getBytes(StandardCharsets.UTF_8))).get();
            }
            Path extra = stateDir.resolve("extra.txt");
            Files.writeString(extra, "新页面的标题\n张三 李四\n这是一篇全新的文章，讲述了某县推进乡村振兴的做法，成效明显，群众满意。\n");
            Replay.Summary after = replay.run(List.of(extra), null, null);
            assertEquals(1, after.pagesSent());
            assertEquals(1, after.enriched());
            assertEquals(expected + 1, after.store().get("articles"));
            DeadLetter poison = deadLetters(kafka).stream().filter(d -> "poison".equals(d.key())).findFirst().orElseThrow();
            assertEquals("repair", poison.stage());
            assertEquals("{\"sourceId\": 42, oops", poison.value());
            ConsumerRecord<String, String> errant = firstRecord(kafka, EmbeddedConnect.SINK_DLQ);
            assertEquals("bad-article", errant.key());
            assertEquals("not an article", errant.value());
            assertTrue(errant.headers().lastHeader("__connect.errors.exception.message") != null, "error context headers");
        }
    }

    /** What the split stage makes of the seeds: the pipeline must deliver exactly these articles. */
    static int expectedArticles() throws Exception {
        int n = 0;
        try (Stream<Path> files = Files.list(SEEDS)) {
            for (Path f : files.toList()) {
                byte[] b = Files.readAllBytes(f);
                n += Pages.articles(new RawPage(SourceIds.forBytes(b), f.toString(), Instant.EPOCH, "UTF-8",
                        new String(b, StandardCharsets.UTF_8), b.length)).size();
            }
        }
        return n;
    }

    /** Every article row's id, title and body hash, plus every entity row: what "unchanged" means. */
    static List<String> snapshot(String jdbcUrl) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id, title, content_hash, body FROM articles ORDER BY id")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4).length());
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT article_id, type, text, mentions FROM entities ORDER BY article_id, type, text")) {
                while (rs.next()) {
                    rows.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getInt(4));
                }
            }
        }
        assertTrue(rows.size() > 0);
        return rows;
    }

    static ConsumerRecord<String, String> firstRecord(TestKafka kafka, String topic) {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 30_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    return r;
                }
            }
        }
        throw new AssertionError("nothing on " + topic);
    }

    static List<DeadLetter> deadLetters(TestKafka kafka) {
        List<DeadLetter> out = new ArrayList<>();
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "it-dlq-reader-" + System.nanoTime(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"), new StringDeserializer(), new StringDeserializer())) {
            c.subscribe(List.of(Topics.DLQ.name()));
            long deadline = System.currentTimeMillis() + 20_000;
            while (out.isEmpty() && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> r : c.poll(Duration.ofMillis(500))) {
                    out.add(Json.read(r.value(), DeadLetter.class));
                }
            }
        }
        return out;
    }
}
