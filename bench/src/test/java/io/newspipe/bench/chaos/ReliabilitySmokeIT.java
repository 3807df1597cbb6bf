package io.newspipe.bench.chaos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reliability suite's smoke run, inside {@code verify}: every scenario of {@code bench/run.sh chaos} at a size CI
 * affords (40 pages and 2 kills, 2 kills early in a fresh state dir, a 15 s store outage, 0.6 MB and 2.5 MB pages against a 2 MiB limit, all hostile
 * inputs, six stalled uploads, SIGTERM mid-send), each against the real launcher in processes of its own. The store
 * outage needs PostgreSQL at 127.0.0.1:5432 ({@code .ci/run} starts it); without it that scenario fails, it is never
 * skipped.
 */
class ReliabilitySmokeIT {
    @Test
    void everyScenarioHoldsAtSmokeSize(@TempDir Path work) throws Exception {
        List<Result> results = ChaosSuite.run(Settings.SMOKE, work, Set.of());
        String table = ChaosSuite.table(results);
        System.out.println(table);
        assertTrue(results.size() == 8, table);
        assertTrue(results.stream().allMatch(Result::passed), table);
    }
}
