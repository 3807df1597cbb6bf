package io.newspipe.bench.chaos;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * kill -9 in the first seconds of a fresh state directory (3–12 s: the broker creates its topics, the streams app opens
 * its first transactions), then the same replay again over what the kill left: it must finish, and the store must
 * equal a clean run's. The restart used to wait for ever on "unstable offsets" when the kill fell just after a commit
 * was decided (its markers lost by the restarted broker); the pipeline now ends such hanging transactions at start.
 */
final class EarlyKillScenario {
    private EarlyKillScenario() {
    }

    static Result run(Path work, Settings s, Path pages, Store.Snapshot clean) throws Exception {
        Random random = new Random(7);
        int ok = 0;
        int ended = 0;
        List<String> failures = new ArrayList<>();
        double slowest = 0;
        for (int i = 0; i < s.earlyKills(); i++) {
            Path state = work.resolve("early-kill-state-" + i);
            PipelineProcess first = PipelineProcess.start(work.resolve("early-kill-" + i + ".log"),
                    List.of("replay", pages.toString(), "--state-dir", state.toString()));
            Thread.sleep((long) (3000 + random.nextDouble() * 9000));
            first.kill9();
            long t0 = System.nanoTime();
            int exit = Runs.replay(state, Duration.ofMinutes(4), List.of("--timeout", "PT120S"), pages);
            double seconds = (System.nanoTime() - t0) / 1e9;
            String differences = exit == 0 ? Store.Snapshot.of(Store.sqlite(state)).differences(clean) : "";
            if (exit == 0 && differences.isEmpty()) {
                ok++;
                slowest = Math.max(slowest, seconds);
            } else {
                failures.add(i + (exit == 0 ? " (store differs: " + differences + ")" : " (exit " + exit + ")")
                        + "; the restart said: " + said(state));
            }
            // "committing a hanging transaction …" or "aborting …" (HangingTransactions).
            if (logMentions(state, "a hanging transaction on ")) {
                ended++;
            }
        }
        return Result.of("kill -9 in the first 3–12 s of a fresh state dir, ×" + s.earlyKills(), ok == s.earlyKills(),
                String.format("%d of %d restarts finished with the store equal to a clean run's (slowest %.1f s); "
                        + "a start found hanging transactions and ended them in %d%s", ok, s.earlyKills(), slowest, ended,
                        failures.isEmpty() ? "" : "; failed: " + failures),
                "every restart finishes, nothing lost or doubled");
    }

    /**
     * What the runs over {@code state} said that explains a loss: the restart's summary, and how many pages the
     * streams app dropped as redeliveries, hanging transactions the start ended, and the stores Kafka Streams wiped
     * because a kill left them without committed offsets.
     */
    private static String said(Path state) throws IOException {
        Path out = state.resolveSibling(state.getFileName() + ".log");
        String summary;
        try (Stream<String> lines = Files.lines(out)) {
            summary = String.join(" / ", lines.filter(l -> l.startsWith("pages:") || l.startsWith("this run:")
                    || l.startsWith("store:")).toList());
        } catch (NoSuchFileException e) {
            summary = "no output";
        }
        long[] counts = logCounts(state, "redelivered with the time of its first delivery", "a hanging transaction on ",
                "aborting a hanging transaction on ", "did not find checkpoint offsets while stores are not empty");
        return String.format("[%s; redeliveries dropped %d, hanging transactions ended %d (%d aborted), "
                + "stores wiped %d]", summary, counts[0], counts[1], counts[2], counts[3]);
    }

    /** Whether the embedded parts' log of {@code state} (both runs) holds {@code text}. */
    private static boolean logMentions(Path state, String text) throws IOException {
        return logCounts(state, text)[0] > 0;
    }

    /**
     * For each of {@code texts}, how many lines of the embedded parts' log of {@code state} (both runs) hold it, in
     * one read of the log; -1 each without a log.
     */
    private static long[] logCounts(Path state, String... texts) throws IOException {
        long[] counts = new long[texts.length];
        try (Stream<String> lines = Files.lines(state.resolve("logs").resolve("pipeline.log"))) {
            lines.forEach(l -> {
                for (int i = 0; i < texts.length; i++) {
                    if (l.contains(texts[i])) {
                        counts[i]++;
                    }
                }
            });
        } catch (NoSuchFileException e) {
            Arrays.fill(counts, -1);
        }
        return counts;
    }
}
