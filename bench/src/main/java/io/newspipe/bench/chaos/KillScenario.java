package io.newspipe.bench.chaos;

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
            // After start-up (about 10 s here), somewhere in this run's share of the work: each restart goes on from
            // where the last one stopped, so later runs have less to do. Kills in the first seconds of a fresh state
            // directory are the early-kill scenario's.
            long wait = (long) (1000 * (12 + random.nextDouble() * Math.max(3, cleanSeconds * 0.6 / s.kills())));
            Thread.sleep(wait);
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
        boolean same = exit == 0 && after.equals(clean) && live.equals(cleanLive);
        String measured = String.format("%d kill -9 (of %d tried); store %d articles / %d duplicates / %d entity rows vs "
                        + "clean %d / %d / %d; topic %d live articles vs %d (%d records, %d tombstones, vs %d, %d); %s",
                killed, s.kills(), after.articles().size(), after.duplicates().size(), after.entities(),
                clean.articles().size(), clean.duplicates().size(), clean.entities(), live.size(), cleanLive.size(),
                topic.size(), tombstones(topic), cleanTopic.size(), tombstones(cleanTopic), same ? "identical" : "DIFFERENT");
        if (!same) {
            // Equal counts can hide a different choice of canonical copy: say what differs, not only that it does.
            measured += String.format(" (exit %d; articles %s; duplicates %s; live %s)", exit,
                    difference(after.articles(), clean.articles()), difference(after.duplicates(), clean.duplicates()),
                    difference(live, cleanLive));
        }
        return Result.of("kill -9 ×" + s.kills() + " during a replay of " + s.pages() + " pages", same, measured,
                "store and topic equal a clean run's");
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
