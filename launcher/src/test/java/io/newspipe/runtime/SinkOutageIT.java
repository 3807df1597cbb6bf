package io.newspipe.runtime;

import io.newspipe.sink.ArticleSinkConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * PostgreSQL goes away while the pipeline runs and comes back: the real Connect worker retries the sink's batches
 * (RetriableException after context.timeout) and every article arrives, once.
 */
class SinkOutageIT {
    @TempDir
    Path stateDir;
    private final String schema = "it_outage_" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void createSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(PipelinePostgresIT.BASE); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(PipelinePostgresIT.BASE); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void aDatabaseOutageMidRunLosesNothing() throws Exception {
        try (TestKafka kafka = TestKafka.start(); TcpProxy proxy = new TcpProxy(5432)) {
            proxy.up();
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test?user=postgres&currentSchema=" + schema
                    + "&connectTimeout=2&socketTimeout=10";
            PipelineOptions options = new PipelineOptions(stateDir, kafka.bootstrapServers(), url, 3, Duration.ofMinutes(3));
            try (PipelineRuntime runtime = new PipelineRuntime(options, Map.of(
                    ArticleSinkConfig.RETRY_BACKOFF_MS, "500", ArticleSinkConfig.MAX_RETRIES, "100"),
                    io.newspipe.streams.StageMetrics.NONE).start()) {
                // The sink has connected and created its tables; now the database goes away for a while.
                proxy.down();
                CompletableFuture<Void> back = CompletableFuture.runAsync(() -> {
                    try {
                        TimeUnit.SECONDS.sleep(8);
                        proxy.up();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                Replay.Summary s = new Replay(runtime, options).run(List.of(PipelineScenario.SEEDS), null, null);
                back.get();
                int expected = PipelineScenario.expectedArticles();
                assertEquals(expected, s.enriched());
                assertEquals(expected, s.store().get("articles"));
                assertTrue(runtime.sinkStatus().startsWith("RUNNING/RUNNING"), runtime.sinkStatus());
            }
        }
    }
}
