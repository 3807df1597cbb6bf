package io.newspipe.sink;

import io.newspipe.model.Article;
import io.newspipe.model.DuplicateRecord;
import io.newspipe.model.Json;
import io.newspipe.model.Topics;
import org.apache.kafka.connect.errors.ConnectException;
import org.apache.kafka.connect.errors.DataException;
import org.apache.kafka.connect.errors.RetriableException;
import org.apache.kafka.connect.sink.ErrantRecordReporter;
import org.apache.kafka.connect.sink.SinkRecord;
import org.apache.kafka.connect.sink.SinkTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@code articles.enriched} and {@code articles.duplicates} records to the store. A record that cannot be
 * parsed, or that the store refuses (a data error: bad encoding, a constraint), goes to the errant-record reporter and
 * the rest of its batch is written. A transient store error (unreachable, out of resources) is retried: the task
 * throws {@link RetriableException} after {@code context.timeout(wait)}, waiting {@code retry.backoff.ms}, then
 * twice as long each time up to {@code retry.backoff.max.ms}, forever unless {@code max.retries} says otherwise.
 * The worker may redeliver sooner than asked (its offset-commit interval caps the wait); the task then declines
 * until its wait is over, without touching the store.
 */
public final class ArticleSinkTask extends SinkTask {
    private static final Logger log = LoggerFactory.getLogger(ArticleSinkTask.class);
    private final Function<ArticleSinkConfig, ArticleWriter> writerFactory;
    private final Clock clock;
    private ArticleSinkConfig config;
    private ArticleWriter writer;
    private SinkTaskMetrics metrics;
    private int attempts;
    private long retryAt;

    public ArticleSinkTask() {
        this(ArticleWriter::new, Clock.systemUTC());
    }

    /** Test seam: a writer and a clock of the test's choosing. */
    ArticleSinkTask(Function<ArticleSinkConfig, ArticleWriter> writerFactory, Clock clock) {
        this.writerFactory = writerFactory;
        this.clock = clock;
    }

    @Override
    public String version() {
        return ArticleSinkConnector.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        config = new ArticleSinkConfig(props);
        writer = writerFactory.apply(config);
        metrics = new SinkTaskMetrics(context == null ? null : context.pluginMetrics());
        log.info("article sink writing to {} ({})", config.dialect.name(), JdbcUrls.redact(config.connectionUrl));
    }

    /** A parsed record and where it came from. */
    private record Parsed(SinkRecord record, ArticleWriter.Op op) {
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        long now = clock.millis();
        if (now < retryAt) {
            context.timeout(retryAt - now);
            throw new StillWaiting(retryAt - now);
        }
        List<Parsed> parsed = new ArrayList<>(records.size());
        for (SinkRecord r : records) {
            try {
                parsed.add(new Parsed(r, parse(r)));
            } catch (RuntimeException e) {
                reportErrant(r, e);
            }
        }
        try {
            for (int from = 0; from < parsed.size(); from += config.batchSize) {
                write(parsed.subList(from, Math.min(parsed.size(), from + config.batchSize)));
            }
            attempts = 0;
            metrics.written();
        } catch (SQLException e) {
            retryLater(e, records.size(), now);
        }
    }

    /** Writes a batch; when the store refuses its data, writes it one record at a time to find the refused ones. */
    private void write(List<Parsed> batch) throws SQLException {
        try {
            writer.write(batch.stream().map(Parsed::op).toList());
        } catch (SQLException e) {
            if (config.dialect.isTransient(e)) {
                throw e;
            }
            if (batch.size() == 1) {
                reportErrant(batch.get(0).record(), new DataException("the store refused the record ("
                        + StoreErrors.describe(e) + ")"));
                return;
            }
            for (Parsed p : batch) {
                write(List.of(p));
            }
        }
    }

    private void retryLater(SQLException e, int batch, long now) {
        String why = StoreErrors.describe(e);
        attempts++;
        metrics.retried(why);
        if (config.maxRetries >= 0 && attempts > config.maxRetries) {
            throw new ConnectException("store unreachable after " + config.maxRetries + " retries: " + why);
        }
        long wait = backoff(attempts);
        retryAt = now + wait;
        log.warn("store unavailable ({}); batch of {} retried in {} ms (attempt {})", why, batch, wait, attempts);
        context.timeout(wait);
        throw new RetriableException(why);
    }

    /** retry.backoff.ms × 2^(attempt−1), capped at retry.backoff.max.ms. */
    long backoff(int attempt) {
        long wait = config.retryBackoffMs;
        for (int i = 1; i < attempt && wait < config.retryBackoffMaxMs; i++) {
            wait *= 2;
        }
        return Math.min(wait, config.retryBackoffMaxMs);
    }

    static ArticleWriter.Op parse(SinkRecord r) {
        if (r.value() == null) {
            if (r.key() == null) {
                throw new DataException("tombstone without a key");
            }
            return new ArticleWriter.Op(null, null, r.key().toString());
        }
        byte[] json;
        if (r.value() instanceof String s) {
            json = s.getBytes(StandardCharsets.UTF_8);
        } else if (r.value() instanceof byte[] b) {
            json = b;
        } else if (r.value() instanceof Map<?, ?> m) {
            json = Json.write(m);
        } else {
            throw new DataException("unsupported value type " + r.value().getClass().getName()
                    + "; use StringConverter, ByteArrayConverter or JsonConverter with schemas.enable=false");
        }
        try {
            if (Topics.DUPLICATES.name().equals(r.topic())) {
                DuplicateRecord d = Json.read(json, DuplicateRecord.class);
                require(d.id() != null && d.duplicateOf() != null, "duplicate record without id or duplicateOf");
                return new ArticleWriter.Op(null, d, null);
            }
            Article a = Json.read(json, Article.class);
            require(a.id() != null && a.sourceId() != null && a.body() != null, "article without id, sourceId or body");
            return new ArticleWriter.Op(a, null, null);
        } catch (Json.JsonFormatException e) {
            throw new DataException(e.getMessage(), e);
        }
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new DataException(message);
        }
    }

    private void reportErrant(SinkRecord r, RuntimeException e) {
        ErrantRecordReporter reporter = context.errantRecordReporter();
        String where = r.topic() + "-" + r.kafkaPartition() + "@" + r.kafkaOffset();
        if (reporter == null) {
            throw new ConnectException("record " + where + " cannot be written and no errant-record reporter is "
                    + "configured (errors.tolerance=all, errors.deadletterqueue.topic.name): " + e.getMessage(), e);
        }
        log.warn("record {} sent to the errant-record reporter: {}", where, e.getMessage());
        metrics.errant();
        reporter.report(r, e);
    }

    /** The task's metrics; null before start. */
    SinkTaskMetrics metrics() {
        return metrics;
    }

    @Override
    public void stop() {
        if (writer != null) {
            writer.close();
        }
    }

    /** Redelivered before the backoff is over: declined without touching the store (and without a stack trace). */
    static final class StillWaiting extends RetriableException {
        StillWaiting(long remainingMs) {
            super("store retry pending: " + remainingMs + " ms left of the backoff");
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
