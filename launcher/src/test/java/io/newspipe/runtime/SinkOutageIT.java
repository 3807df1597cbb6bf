package io.newspipe.runtime;

import io.newspipe.sink.ArticleSinkConfig;
import io.newspipe.streams.StageMetrics;
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
 * PostgreSQL is away when the pipeline starts and comes back: the real Connect worker retries the sink's batches
 * (RetriableException after context.timeout, the backoff growing), health says DEGRADED with the reason while it
 * lasts, and every article arrives, once.
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
    void aDatabaseOutageMidRunIsRetriedReportedAndLosesNothing() throws Exception {
        try (TestKafka kafka = TestKafka.start(); TcpProxy proxy = new TcpProxy(5432)) {
            String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/test?user=postgres&currentSchema=" + schema
                    + "&connectTimeout=2&socketTimeout=10";
            PipelineOptions options = new PipelineOptions(stateDir, kafka.bootstrapServers(), url, 3, Duration.ofMinutes(3));
            // The database is away from the start: the sink must wait for it, not fail.
            proxy.down();
            try (PipelineRuntime runtime = new PipelineRuntime(options, Map.of(
                    ArticleSinkConfig.RETRY_BACKOFF_MS, "200", ArticleSinkConfig.RETRY_BACKOFF_MAX_MS, "1000"),
                    StageMetrics.NONE).start()) {
                CompletableFuture<Replay.Summary> replay = CompletableFuture.supplyAsync(() -> {
                    try {
                        return new Replay(runtime, options).run(List.of(PipelineScenario.SEEDS), null, null);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                DeliveryTracker.awaitUntil(() -> String.valueOf(runtime.health().parts().get("sink").detail())
                        .startsWith("store unreachable"), Duration.ofSeconds(60), "the sink to report the store unreachable");
                Health.Part sink = runtime.health().parts().get("sink");
                assertTrue(sink.detail().startsWith("store unreachable, retrying: SQLSTATE 08"), sink.detail());
                assertEquals(Health.Status.DEGRADED, runtime.health().status());
                DeliveryTracker.awaitUntil(() -> runtime.sinkStore().retries() >= 3, Duration.ofSeconds(30),
                        "three retries");
                assertTrue(runtime.sinkStatus().startsWith("RUNNING/RUNNING"), "retrying, not failed: " + runtime.sinkStatus());
                proxy.up();

                Replay.Summary s = replay.get(3, TimeUnit.MINUTES);
                int expected = PipelineScenario.expectedArticles();
                assertEquals(expected, s.enriched());
                assertEquals(expected, s.store().get("articles"));
                DeliveryTracker.awaitUntil(() -> runtime.health().status() == Health.Status.UP, Duration.ofSeconds(30),
                        "the pipeline to be UP again");
                assertTrue(runtime.sinkStore().available());
            }
        }
    }
}
