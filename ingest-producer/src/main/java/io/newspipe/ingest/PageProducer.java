package io.newspipe.ingest;

import io.newspipe.model.DeadLetter;
import io.newspipe.model.PageLimits;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends pages to {@code articles.raw}: idempotent producer, {@code acks=all}, zstd, key = source id (hash of the
 * bytes). A page is recorded in the ledger by the broker's acknowledgement itself (in the send callback), so a page
 * acknowledged while its caller was interrupted is still known as sent. Each page gets a time later than the one
 * before (its {@code receivedAt} and record timestamp), reserved in the ledger before the send. Input that cannot be decoded, or that is over
 * the page limit, goes to {@code articles.dlq} with stage {@code ingest} and its reason, and is never remembered as
 * seen. Thread-safe: the same page sent concurrently is sent once; the others answer {@code SEEN} once it is acked.
 */
public final class PageProducer implements PageSender, AutoCloseable {
    /** How long a send may block for metadata or buffer space before it is a transient failure. */
    static final Duration MAX_BLOCK = Duration.ofSeconds(10);
    private final Producer<String, byte[]> producer;
    private final SentLedger ledger;
    private final CharsetDetector detector = new CharsetDetector();
    private final Charset forcedCharset;
    private final Clock clock;
    private final PageLimits limits;
    private final Map<String, CompletableFuture<Outcome>> inFlight = new ConcurrentHashMap<>();
    /** The last time given to a page, in epoch ms: each page gets a later one, so send order is time order. */
    private final java.util.concurrent.atomic.AtomicLong lastMillis = new java.util.concurrent.atomic.AtomicLong();
    private final ExecutorService ledgerWriter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "sent-ledger");
        t.setDaemon(true);
        return t;
    });

    public PageProducer(Map<String, Object> config, SentLedger ledger, Charset forcedCharset, Clock clock, PageLimits limits) {
        this(new KafkaProducer<>(producerConfig(config, limits), new StringSerializer(), new ByteArraySerializer()), ledger,
                forcedCharset, clock, limits);
    }

    /** Test seam: a producer of the test's choosing (a {@code MockProducer}). */
    PageProducer(Producer<String, byte[]> producer, SentLedger ledger, Charset forcedCharset, Clock clock, PageLimits limits) {
        this.producer = producer;
        this.ledger = ledger;
        this.forcedCharset = forcedCharset;
        this.clock = clock;
        this.limits = limits;
    }

    static Map<String, Object> producerConfig(Map<String, Object> base, PageLimits limits) {
        Map<String, Object> c = new HashMap<>(base);
        c.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        c.put(ProducerConfig.ACKS_CONFIG, "all");
        c.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, limits.maxRecordBytes());
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 5);
        c.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, (int) MAX_BLOCK.toMillis());
        c.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 60_000);
        c.putIfAbsent(ProducerConfig.BUFFER_MEMORY_CONFIG, Math.max(64L << 20, 3L * limits.maxRecordBytes()));
        return c;
    }

    /** The result of sending one input. */
    public record Outcome(Kind kind, String sourceId, String reason) {
        public enum Kind { SENT, SEEN, REJECTED }
    }

    /** The page could not be handed to Kafka now; nothing about the page is wrong. */
    public static final class SendFailedException extends RuntimeException {
        public SendFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Override
    public int maxPageBytes() {
        return limits.maxPageBytes();
    }

    /** Sends one page and waits for the broker's acknowledgement. */
    @Override
    public Outcome send(String source, byte[] data) {
        try {
            return sendAsync(source, data).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new SendFailedException(e.getMessage(), e.getCause());
        }
    }

    /**
     * Sends one page without waiting: the future completes when the broker has acknowledged it (and the ledger holds
     * it), or fails with {@link SendFailedException}.
     *
     * @param source a human name for the input (file name, "stdin", "http")
     */
    public CompletableFuture<Outcome> sendAsync(String source, byte[] data) {
        if (data.length > limits.maxPageBytes()) {
            return CompletableFuture.completedFuture(rejectOversize(source, data.length));
        }
        String id = SourceIds.forBytes(data);
        if (ledger.contains(id)) {
            return CompletableFuture.completedFuture(new Outcome(Outcome.Kind.SEEN, id, null));
        }
        CompletableFuture<Outcome> mine = new CompletableFuture<>();
        CompletableFuture<Outcome> running = inFlight.putIfAbsent(id, mine);
        if (running != null) {
            // The same page is on its way: once it is acked, this copy is one already seen.
            return running.thenApply(o -> o.kind() == Outcome.Kind.SENT ? new Outcome(Outcome.Kind.SEEN, id, null) : o);
        }
        mine.whenComplete((o, e) -> inFlight.remove(id, mine));
        try {
            long tick = clock.millis();
            Instant now = ledger.reserve(id, Instant.ofEpochMilli(lastMillis.updateAndGet(last -> Math.max(last + 1, tick))));
            CharsetDetector.Decoded d;
            try {
                d = detector.decode(data, forcedCharset);
            } catch (CharsetDetector.UndecodableException e) {
                deadLetter(source, id, e.getMessage(), e.getClass().getName(), new String(data, StandardCharsets.ISO_8859_1), now);
                mine.complete(new Outcome(Outcome.Kind.REJECTED, id, e.getMessage()));
                return mine;
            }
            RawPage page = new RawPage(id, source, now, d.charset(), d.text(), data.length);
            byte[] value = Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), page);
            // The record's time is the page's: the dedup stage orders copies by it, and a page sent again after a
            // crash keeps the time it was first given (the ledger's reservation).
            producer.send(new ProducerRecord<>(Topics.RAW.name(), null, now.toEpochMilli(), id, value), (metadata, error) -> {
                if (error == null) {
                    // Off the producer's network thread: the ledger syncs to disk.
                    ledgerWriter.execute(() -> {
                        try {
                            ledger.record(id);
                            mine.complete(new Outcome(Outcome.Kind.SENT, id, null));
                        } catch (RuntimeException e) {
                            mine.completeExceptionally(e);
                        }
                    });
                } else {
                    mine.completeExceptionally(new SendFailedException("the broker did not acknowledge " + source
                            + ": " + error.getMessage(), error));
                }
            });
        } catch (RuntimeException e) {
            mine.completeExceptionally(new SendFailedException("cannot send " + source + ": " + e.getMessage(), e));
        }
        return mine;
    }

    @Override
    public Outcome rejectOversize(String source, long bytes) {
        String reason = "page of " + bytes + " bytes is over the limit of " + limits.maxPageBytes() + " bytes";
        deadLetter(source, null, reason, "PageTooLarge", null, clock.instant());
        return new Outcome(Outcome.Kind.REJECTED, null, reason);
    }

    /** Puts a rejected input on the dead-letter topic and waits for it: a rejection is only said once it is recorded. */
    private void deadLetter(String source, String id, String reason, String errorClass, String value, Instant now) {
        DeadLetter dead = new DeadLetter("ingest", source + ": " + reason, errorClass, null, -1, -1, id, value, now);
        try {
            producer.send(new ProducerRecord<>(Topics.DLQ.name(), id,
                    Topics.DLQ.valueSerde().serializer().serialize(Topics.DLQ.name(), dead))).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SendFailedException("interrupted while recording the rejection of " + source, e);
        } catch (ExecutionException | RuntimeException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new SendFailedException("cannot record the rejection of " + source + ": " + cause.getMessage(), cause);
        }
    }

    /** Waits for every page in flight and its ledger entry, then closes the producer. */
    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
        ledgerWriter.shutdown();
        try {
            ledgerWriter.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
