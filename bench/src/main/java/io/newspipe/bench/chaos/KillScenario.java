package io.newspipe.bench.chaos;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Exactly-once under crashes: the same pages replayed once cleanly, and once with kill -9 at random moments
 * ({@code kills} times, each run restarted over the state it left), then run to the end. The store (article ids,
 * duplicate verdicts, entity rows) and {@code articles.enriched} read read_committed must be the same.
 */
final class KillScenario {
    private KillScenario() {
    }

    static Result run(Path work, Settings s, Path pages, Store.Snapshot clean, List<String> cleanTopic,
                      double cleanSeconds) throws Exception {
        Path state = work.resolve("kill-state");
        Random random = new Random(42);
        int killed = 0;
        for (int k = 0; k < s.kills(); k++) {
            PipelineProcess p = PipelineProcess.start(work.resolve("kill-state.log"),
                    List.of("replay", pages.toString(), "--state-dir", state.toString()));
            // Anywhere from start-up to the end of the work: some kills land while the broker or Connect starts.
            long wait = (long) (1000 * (3 + random.nextDouble() * Math.max(5, cleanSeconds * 0.8)));
            Thread.sleep(wait);
            if (p.alive()) {
                p.kill9();
                killed++;
            }
        }
        int exit = Runs.replay(state, Duration.ofMinutes(30), List.of(), pages);
        Store.Snapshot after = Store.Snapshot.of(Store.sqlite(state));
        List<String> topic = Runs.topic(state, "articles.enriched");
        boolean same = exit == 0 && after.equals(clean) && sorted(topic).equals(sorted(cleanTopic));
        String measured = String.format("%d kill -9 (of %d tried); store %d articles / %d duplicates / %d entity rows vs "
                        + "clean %d / %d / %d; topic %d records vs %d; %s", killed, s.kills(), after.articles().size(),
                after.duplicates().size(), after.entities(), clean.articles().size(), clean.duplicates().size(),
                clean.entities(), topic.size(), cleanTopic.size(), same ? "identical" : "DIFFERENT");
        return Result.of("kill -9 ×" + s.kills() + " during a replay of " + s.pages() + " pages", same, measured,
                "store and topic equal a clean run's");
    }

    private static List<String> sorted(List<String> ids) {
        return ids.stream().sorted().toList();
    }
}
