package io.newspipe.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The whole pipeline into the PostgreSQL at 127.0.0.1:5432 (database test), in a schema of its own that is dropped
 * afterwards. PostgreSQL must be running: {@code .ci/run} starts it.
 */
class PipelinePostgresIT {
    static final String BASE = System.getProperty("newspipe.it.postgres", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
    @TempDir
    Path stateDir;
    private final String schema = "it_" + Long.toHexString(System.nanoTime());

    @BeforeEach
    void createSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
    }

    @AfterEach
    void dropSchema() throws Exception {
        try (Connection c = DriverManager.getConnection(BASE); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    @Test
    void replaysTheSeedsIdempotentlyAndRoutesPoisonToTheDlq() throws Exception {
        try (TestKafka kafka = TestKafka.start()) {
            PipelineScenario.run(kafka, stateDir, BASE + "&currentSchema=" + schema);
        }
    }
}
