package io.newspipe.runtime;

import io.newspipe.model.PageLimits;
import io.newspipe.text.dedup.NearDuplicates;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where and how the pipeline runs. {@code bootstrapServers} null = an embedded durable broker under
 * {@code stateDir/kafka}; {@code jdbcUrl} null = SQLite at {@code stateDir/articles.db}. {@code dedupRetention}: how
 * long pages, fingerprints and near-duplicate index entries are remembered. {@code limits}: the page size limit every
 * input, topic and producer agrees on. {@code streamThreads}: stream threads of the enrich app.
 */
public record PipelineOptions(Path stateDir, String bootstrapServers, String jdbcUrl, int partitions, Duration timeout,
                              Duration dedupRetention, PageLimits limits, int streamThreads) {
    public PipelineOptions(Path stateDir, String bootstrapServers, String jdbcUrl, int partitions, Duration timeout) {
        this(stateDir, bootstrapServers, jdbcUrl, partitions, timeout, NearDuplicates.DEFAULTS.retention(),
                PageLimits.DEFAULTS, 1);
    }

    public PipelineOptions {
        if (streamThreads < 1) {
            throw new IllegalArgumentException("at least one stream thread: " + streamThreads);
        }
    }

    public PipelineOptions withLimits(PageLimits l) {
        return new PipelineOptions(stateDir, bootstrapServers, jdbcUrl, partitions, timeout, dedupRetention, l, streamThreads);
    }

    public PipelineOptions withStreamThreads(int n) {
        return new PipelineOptions(stateDir, bootstrapServers, jdbcUrl, partitions, timeout, dedupRetention, limits, n);
    }

    public String effectiveJdbcUrl() {
        return jdbcUrl(stateDir, jdbcUrl);
    }

    /** {@code jdbcUrl} when given, else the SQLite store in {@code stateDir}: the store a pipeline there writes. */
    public static String jdbcUrl(Path stateDir, String jdbcUrl) {
        return jdbcUrl != null ? jdbcUrl : "jdbc:sqlite:" + stateDir.resolve("articles.db").toAbsolutePath();
    }

    public boolean embedded() {
        return bootstrapServers == null;
    }

    /** Replication factor of created topics: 1 on the single embedded broker, the broker's default on a cluster. */
    public short replication() {
        return (short) (embedded() ? 1 : -1);
    }
}
