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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes {@code articles.enriched} and {@code articles.duplicates} records to the store. A record that cannot be
 * parsed goes to the errant-record reporter and the task goes on; a transient database error becomes a
 * {@link RetriableException} after {@code context.timeout(retry.backoff.ms)}, and the worker redelivers the batch.
 */
public final class ArticleSinkTask extends SinkTask {
    private static final Logger log = LoggerFactory.getLogger(ArticleSinkTask.class);
    private final Function<ArticleSinkConfig, ArticleWriter> writerFactory;
    private ArticleSinkConfig config;
    private ArticleWriter writer;
    private int remainingRetries;

    public ArticleSinkTask() {
        this(ArticleWriter::new);
    }

    /** Test seam: a writer of the test's choosing. */
    ArticleSinkTask(Function<ArticleSinkConfig, ArticleWriter> writerFactory) {
        this.writerFactory = writerFactory;
    }

    @Override
    public String version() {
        return ArticleSinkConnector.VERSION;
    }

    @Override
    public void start(Map<String, String> props) {
        config = new ArticleSinkConfig(props);
        writer = writerFactory.apply(config);
        remainingRetries = config.maxRetries;
        log.info("article sink writing to {} ({})", config.dialect.name(), JdbcUrls.redact(config.connectionUrl));
    }

    @Override
    public void put(Collection<SinkRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        List<ArticleWriter.Op> ops = new ArrayList<>(records.size());
        for (SinkRecord r : records) {
            try {
                ops.add(parse(r));
            } catch (RuntimeException e) {
                reportErrant(r, e);
            }
        }
        try {
            for (int from = 0; from < ops.size(); from += config.batchSize) {
                writer.write(ops.subList(from, Math.min(ops.size(), from + config.batchSize)));
            }
            remainingRetries = config.maxRetries;
        } catch (SQLException e) {
            if (!config.dialect.isTransient(e)) {
                throw new ConnectException("store rejected a batch (" + e.getSQLState() + "): " + e.getMessage(), e);
            }
            if (remainingRetries-- <= 0) {
                throw new ConnectException("store unreachable after " + config.maxRetries + " retries: " + e.getMessage(), e);
            }
            log.warn("store unavailable ({}); batch of {} redelivered in {} ms, {} retries left", e.getMessage(),
                    records.size(), config.retryBackoffMs, remainingRetries);
            context.timeout(config.retryBackoffMs);
            throw new RetriableException(e);
        }
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
        if (reporter == null) {
            throw new ConnectException("record " + r.topic() + "-" + r.kafkaPartition() + "@" + r.kafkaOffset()
                    + " cannot be written and no errant-record reporter is configured (errors.tolerance=all, "
                    + "errors.deadletterqueue.topic.name): " + e.getMessage(), e);
        }
        log.warn("record {}-{}@{} sent to the errant-record reporter: {}", r.topic(), r.kafkaPartition(), r.kafkaOffset(),
                e.getMessage());
        reporter.report(r, e);
    }

    @Override
    public void stop() {
        if (writer != null) {
            writer.close();
        }
    }
}
