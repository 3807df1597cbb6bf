package io.newspipe.cli;

import io.newspipe.model.PageLimits;
import io.newspipe.model.Topics;
import io.newspipe.runtime.PipelineOptions;
import io.newspipe.text.dedup.NearDuplicates;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;

/** Where the pipeline runs: the options {@code replay} and {@code run} share. */
final class RuntimeOptions {
    @Option(names = "--state-dir", defaultValue = "var", description = "Broker log, streams state, Connect offsets, SQLite store, logs (default: ${DEFAULT-VALUE}).")
    Path stateDir;
    @Option(names = "--bootstrap-servers", description = "Use this Kafka cluster instead of the embedded broker.")
    String bootstrapServers;
    @Option(names = "--jdbc-url", description = "Write to this store (jdbc:postgresql://… or jdbc:sqlite:…) instead of <state-dir>/articles.db.")
    String jdbcUrl;
    @Option(names = "--partitions", defaultValue = "" + Topics.DEFAULT_PARTITIONS, description = "Partitions of the topics the pipeline creates (default: ${DEFAULT-VALUE}).")
    int partitions;
    @Option(names = "--timeout", defaultValue = "PT5M", converter = Durations.class, description = "Longest wait for the pipeline to deliver (default: ${DEFAULT-VALUE}).")
    Duration timeout;
    @Option(names = "--dedup-retention", defaultValue = NearDuplicates.DEFAULT_RETENTION, converter = Durations.class, description = "How long pages, fingerprints and the near-duplicate index remember an article (default: ${DEFAULT-VALUE}).")
    Duration dedupRetention;

    @Option(names = "--max-page-bytes", defaultValue = "" + PageLimits.DEFAULT_MAX_PAGE_BYTES, description = "Largest page accepted by every input (HTTP, inbox, files), in bytes; topics and producers are sized to match (default: ${DEFAULT-VALUE}).")
    int maxPageBytes;
    @Option(names = "--stream-threads", defaultValue = "1", description = "Stream threads of the enrich app (default: ${DEFAULT-VALUE}).")
    int streamThreads;

    PipelineOptions options() {
        return new PipelineOptions(stateDir, bootstrapServers, jdbcUrl, partitions, timeout, dedupRetention,
                new PageLimits(maxPageBytes), streamThreads);
    }
}
