package io.newspipe.runtime;

import io.newspipe.text.dedup.NearDuplicates;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Where the pipeline runs. {@code bootstrapServers} null = an embedded durable broker under {@code stateDir/kafka};
 * {@code jdbcUrl} null = SQLite at {@code stateDir/articles.db}. {@code dedupRetention}: how long pages, fingerprints
 * and near-duplicate index entries are remembered.
 */
public record PipelineOptions(Path stateDir, String bootstrapServers, String jdbcUrl, int partitions, Duration timeout,
                              Duration dedupRetention) {
    public PipelineOptions(Path stateDir, String bootstrapServers, String jdbcUrl, int partitions, Duration timeout) {
        this(stateDir, bootstrapServers, jdbcUrl, partitions, timeout, NearDuplicates.DEFAULTS.retention());
    }

    public String effectiveJdbcUrl() {
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
