package io.newspipe.bench.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;

/**
 * Exactly-once under crashes: the same pages replayed once cleanly, and once with kill -9 at random moments
 * ({@code kills} times, each run restarted over the state it left), then run to the end. The store (article ids,
 * duplicate verdicts, entity rows) and {@code articles.enriched} read read_committed, compacted (a late near-duplicate
 * verdict writes an article and then its tombstone, as often as the partitions' pace makes it), must be the same.
 */
final class KillScenario {
    /** What {@code pipeline replay} prints once its broker, streams app and sink are up. */
    static final String UP = "pipeline up in ";

    private KillScenario() {
    }

    static Result run(Path work, Settings s, Path pages, Store.Snapshot clean, List<String> cleanTopic,
                      double cleanSeconds) throws Exception {
        Path state = work.resolve("kill-state");
        Random random = new Random(42);
        int killed = 0;
        Path log = work.resolve("kill-state.log");
        for (int k = 0; k < s.kills(); k++) {
            int upsBefore = ups(log);
            long t0 = System.nanoTime();
            PipelineProcess p = PipelineProcess.start(log,
                    List.of("replay", pages.toString(), "--state-dir", state.toString()));
            // Once this run is up (kills in the first seconds of a fresh state directory are the early-kill
            // scenario's), somewhere in its share of the work: the clean run's time past a start-up like this one's,
            // split between the kills, since each restart goes on from where the last one stopped. A fixed delay
            // missed the work altogether once start-up and the replay got faster.
            long deadline = t0 + Duration.ofMinutes(2).toNanos();
            while (p.alive() && ups(log) == upsBefore && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            double up = (System.nanoTime() - t0) / 1e9;
            Thread.sleep((long) (1000 * random.nextDouble() * Math.max(1, cleanSeconds - up) * 0.6 / s.kills()));
            if (p.alive()) {
                p.kill9();
                killed++;
            }
        }
        int exit = Runs.replay(state, Duration.ofMinutes(30), List.of(), pages);
        Store.Snapshot after = Store.Snapshot.of(Store.sqlite(state));
        List<String> topic = Runs.topic(state, "articles.enriched");
        java.util.Set<String> live = Runs.liveArticles(topic);
        java.util.Set<String> cleanLive = Runs.liveArticles(cleanTopic);
        // A run that no kill reached proves nothing about crashes: it fails, saying so.
        boolean same = killed > 0 && exit == 0 && after.equals(clean) && live.equals(cleanLive);
        String measured = String.format("%d kill -9 (of %d tried); store %d articles / %d duplicates / %d entity rows vs "
                        + "clean %d / %d / %d; topic %d live articles vs %d (%d records, %d tombstones, vs %d, %d); %s",
                killed, s.kills(), after.articles().size(), after.duplicates().size(), after.entities(),
                clean.articles().size(), clean.duplicates().size(), clean.entities(), live.size(), cleanLive.size(),
                topic.size(), tombstones(topic), cleanTopic.size(), tombstones(cleanTopic),
                killed == 0 ? "NO KILL LANDED" : same ? "identical" : "DIFFERENT");
        if (!same) {
            // Equal counts can hide a different choice of canonical copy: say what differs, not only that it does.
            measured += String.format(" (exit %d; articles %s; duplicates %s; live %s)", exit,
                    difference(after.articles(), clean.articles()), difference(after.duplicates(), clean.duplicates()),
                    difference(live, cleanLive));
        }
        return Result.of("kill -9 ×" + s.kills() + " during a replay of " + s.pages() + " pages", same, measured,
                "store and topic equal a clean run's");
    }

    /** How many runs have said "pipeline up" in {@code log} so far. */
    static int ups(Path log) throws IOException {
        if (!Files.exists(log)) {
            return 0;
        }
        String text = Files.readString(log, StandardCharsets.UTF_8);
        int n = 0;
        for (int at = text.indexOf(UP); at >= 0; at = text.indexOf(UP, at + 1)) {
            n++;
        }
        return n;
    }

    /** "only here [..] / only in the clean run [..]", at most five of each, or "same". */
    static String difference(java.util.Collection<String> here, java.util.Collection<String> clean) {
        List<String> onlyHere = here.stream().filter(x -> !clean.contains(x)).sorted().toList();
        List<String> onlyClean = clean.stream().filter(x -> !here.contains(x)).sorted().toList();
        if (onlyHere.isEmpty() && onlyClean.isEmpty()) {
            return "same";
        }
        return "only here " + onlyHere.subList(0, Math.min(5, onlyHere.size())) + " (" + onlyHere.size()
                + "), only clean " + onlyClean.subList(0, Math.min(5, onlyClean.size())) + " (" + onlyClean.size() + ")";
    }

    private static long tombstones(List<String> records) {
        return records.stream().filter(r -> r.startsWith(Runs.TOMBSTONE)).count();
    }
}
