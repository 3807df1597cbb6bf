package io.newspipe.runtime;

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
            String url = BASE + "&currentSchema=" + schema;
            PipelineScenario.run(kafka, stateDir, url);
            readmeQueriesAnswer(url);
            ExplorerApiChecks.run(url);
        }
    }

    /** Every query in the README's PostgreSQL block runs on the filled store and finds something. */
    private static void readmeQueriesAnswer(String url) throws Exception {
        String readme = java.nio.file.Files.readString(Path.of("..", "README.md"));
        int at = readme.indexOf("<!-- queries:postgresql -->");
        String block = readme.substring(readme.indexOf("```sql", at) + 6, readme.indexOf("```", readme.indexOf("```sql", at) + 6));
        java.util.List<String> queries = java.util.Arrays.stream(block.split(";\\s*\\n")).map(String::strip)
                .filter(q -> !q.isEmpty()).toList();
        org.junit.jupiter.api.Assertions.assertEquals(3, queries.size());
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            for (String q : queries) {
                try (java.sql.ResultSet rs = s.executeQuery(q)) {
                    org.junit.jupiter.api.Assertions.assertTrue(rs.next(), "no row for README query:\n" + q);
                }
            }
        }
    }
}
