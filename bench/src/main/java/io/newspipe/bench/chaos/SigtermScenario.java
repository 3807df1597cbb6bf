package io.newspipe.bench.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * SIGTERM while the inbox is sending: the process must be gone within its shutdown deadline, and after a restart
 * the store must equal a clean run's, with no false {@code replay} verdict for a page whose send was cut short.
 */
final class SigtermScenario {
    private SigtermScenario() {
    }

    static Result run(Path work, List<Path> pages, Store.Snapshot clean) throws Exception {
        try (RunningPipeline run = new RunningPipeline(work.resolve("sigterm-state"), List.of())) {
            run.start(Duration.ofMinutes(3));
            OutageScenario.copy(pages, run.inbox());
            Thread.sleep(1500);
            double stopped = run.process().terminate(Duration.ofSeconds(90));
            run.start(Duration.ofMinutes(3));
            double complete = Runs.awaitSnapshot(run.jdbcUrl(), clean, Duration.ofMinutes(5));
            long falseReplays = Store.column(run.jdbcUrl(), "SELECT id FROM duplicates WHERE method = 'replay'").size();
            boolean ok = stopped >= 0 && stopped <= 65 && complete >= 0 && falseReplays == 0;
            return Result.of("SIGTERM while the inbox sends", ok, String.format(
                    "stopped in %.1f s; after restart the store equals a clean run's: %s; false replay verdicts: %d",
                    stopped, complete >= 0, falseReplays), "bounded stop, no false replay, nothing lost");
        }
    }
}
