package io.newspipe.ingest;

import io.newspipe.model.DeadLetter;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

/**
 * Sends pages to {@code articles.raw}: idempotent producer, {@code acks=all}, key = source id (hash of the bytes).
 * Undecodable input goes to {@code articles.dlq} with stage {@code ingest} and its reason, so that every input is
 * accounted for. Not thread-safe: one caller at a time.
 */
public final class PageProducer implements PageSender, AutoCloseable {
    /** What one call sent: pages sent now, pages the ledger says were sent before, inputs rejected with reasons. */
    public record Report(int sent, int alreadySeen, List<String> rejected, long bytes) {
    }

    private final Producer<String, byte[]> producer;
    private final SentLedger ledger;
    private final CharsetDetector detector = new CharsetDetector();
    private final Charset forcedCharset;
    private final Clock clock;
    private final Serializer<RawPage> pageSerializer = Topics.RAW.valueSerde().serializer();
    private final Serializer<DeadLetter> deadSerializer = Topics.DLQ.valueSerde().serializer();

    public PageProducer(Map<String, Object> config, SentLedger ledger, Charset forcedCharset, Clock clock) {
        this(new KafkaProducer<>(producerConfig(config), new StringSerializer(), new ByteArraySerializer()), ledger,
                forcedCharset, clock);
    }

    /** Test seam: a producer of the test's choosing (a {@code MockProducer}). */
    PageProducer(Producer<String, byte[]> producer, SentLedger ledger, Charset forcedCharset, Clock clock) {
        this.producer = producer;
        this.ledger = ledger;
        this.forcedCharset = forcedCharset;
        this.clock = clock;
    }

    static Map<String, Object> producerConfig(Map<String, Object> base) {
        Map<String, Object> c = new java.util.HashMap<>(base);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        return c;
    }

    /** Told after each file: how far along, which file, what became of it. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total, long bytesDone, Path file, Outcome outcome);
    }

    /** Files and directories (recursively, sorted by path so that reruns see the same order). */
    public Report sendPaths(List<Path> paths, Progress progress) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        int sent = 0;
        int seen = 0;
        long bytes = 0;
        List<String> rejected = new ArrayList<>();
        int i = 0;
        for (Path f : files) {
            i++;
            byte[] data;
            try {
                data = Files.readAllBytes(f);
            } catch (IOException e) {
                rejected.add(f + ": cannot read: " + e.getMessage());
                if (progress != null) {
                    progress.step(i, files.size(), bytes, f, new Outcome(Outcome.Kind.REJECTED, null, "cannot read"));
                }
                continue;
            }
            Outcome o = send(f.getFileName().toString(), data);
            switch (o.kind) {
                case SENT -> {
                    sent++;
                    bytes += data.length;
                }
                case SEEN -> seen++;
                case REJECTED -> rejected.add(f + ": " + o.reason);
            }
            if (progress != null) {
                progress.step(i, files.size(), bytes, f, o);
            }
        }
        return new Report(sent, seen, rejected, bytes);
    }

    /** The result of sending one input. */
    public record Outcome(Kind kind, String sourceId, String reason) {
        public enum Kind { SENT, SEEN, REJECTED }
    }

    /**
     * Sends one page and waits for the broker's ack (so the ledger never records an unacked page).
     *
     * @param source a human name for the input (file name, "stdin", "http")
     */
    @Override
    public Outcome send(String source, byte[] data) {
        String id = SourceIds.forBytes(data);
        if (ledger.contains(id)) {
            return new Outcome(Outcome.Kind.SEEN, id, null);
        }
        Instant now = clock.instant();
        try {
            CharsetDetector.Decoded d = detector.decode(data, forcedCharset);
            RawPage page = new RawPage(id, source, now, d.charset(), d.text(), data.length);
            producer.send(new ProducerRecord<>(Topics.RAW.name(), id, pageSerializer.serialize(Topics.RAW.name(), page))).get();
            ledger.record(id);
            return new Outcome(Outcome.Kind.SENT, id, null);
        } catch (CharsetDetector.UndecodableException e) {
            DeadLetter dead = new DeadLetter("ingest", source + ": " + e.getMessage(), e.getClass().getName(), null, -1,
                    -1, id, new String(data, StandardCharsets.ISO_8859_1), now);
            await(producer.send(new ProducerRecord<>(Topics.DLQ.name(), id, deadSerializer.serialize(Topics.DLQ.name(), dead))));
            // Not in the ledger: only accepted pages are "seen"; the same bytes are rejected again, with their reason.
            return new Outcome(Outcome.Kind.REJECTED, id, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending " + source, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not acknowledge " + source + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private static void await(java.util.concurrent.Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the broker did not acknowledge: " + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
