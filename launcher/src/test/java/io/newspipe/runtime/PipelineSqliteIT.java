package io.newspipe.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/** The whole pipeline on a real broker and a real Connect worker, into SQLite. */
class PipelineSqliteIT {
    @TempDir
    Path stateDir;

    @Test
    void replaysTheSeedsIdempotentlyAndRoutesPoisonToTheDlq() throws Exception {
        try (TestKafka kafka = TestKafka.start()) {
            PipelineScenario.run(kafka, stateDir, "jdbc:sqlite:" + stateDir.resolve("articles.db"));
            ExplorerApiChecks.run("jdbc:sqlite:" + stateDir.resolve("articles.db"));
        }
    }
}
