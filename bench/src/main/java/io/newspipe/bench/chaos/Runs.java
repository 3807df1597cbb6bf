package io.newspipe.bench.chaos;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pipeline runs the scenarios share: a replay to its end, a wait for the store, a topic read to its end. */
final class Runs {
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern KEY = Pattern.compile("\"key\":\"([^\"]+)\"");

    private Runs() {
    }

    /** {@code pipeline replay inputs…} over {@code state} to its end; its exit code. */
    static int replay(Path state, Duration max, List<String> extra, Path... inputs) throws Exception {
        List<String> args = new ArrayList<>(List.of("replay"));
        for (Path p : inputs) {
            args.add(p.toString());
        }
        args.addAll(List.of("--state-dir", state.toString()));
        args.addAll(extra);
        return PipelineProcess.start(state.resolveSibling(state.getFileName() + ".log"), args).waitExit(max);
    }

    /** Waits until the store holds {@code expected}; the seconds it took, or -1. */
    static double awaitSnapshot(String jdbcUrl, Store.Snapshot expected, Duration max) throws InterruptedException {
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < max.toNanos()) {
            if (Store.Snapshot.of(jdbcUrl).equals(expected)) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(500);
        }
        return -1;
    }

    /** Waits until the store's article and duplicate rows stop changing for {@code quiet}. */
    static Store.Snapshot awaitQuiet(String jdbcUrl, Duration quiet, Duration max) throws InterruptedException {
        long t0 = System.nanoTime();
        Store.Snapshot last = Store.Snapshot.of(jdbcUrl);
        long since = System.nanoTime();
        while (System.nanoTime() - t0 < max.toNanos()) {
            Thread.sleep(500);
            Store.Snapshot now = Store.Snapshot.of(jdbcUrl);
            if (!now.equals(last)) {
                last = now;
                since = System.nanoTime();
            } else if (System.nanoTime() - since >= quiet.toNanos() && !now.articles().isEmpty()) {
                return now;
            }
        }
        return last;
    }

    /**
     * {@code articles.enriched} as a compacted topic would hold it: the live article ids, a tombstone removing the id
     * it names. A retraction (a late near-duplicate verdict) writes the article and then its tombstone, and how many
     * retractions happen depends on how the partitions' pace fell, so a crash may change the log but never this view.
     */
    static java.util.Set<String> liveArticles(List<String> records) {
        java.util.Set<String> live = new java.util.TreeSet<>();
        for (String r : records) {
            if (r.startsWith(TOMBSTONE)) {
                live.remove(r.substring(TOMBSTONE.length()));
            } else {
                live.add(r);
            }
        }
        return live;
    }

    /** How a tombstone's key is marked in {@link #topic}'s list. */
    static final String TOMBSTONE = "tombstone:";

    /**
     * A topic of a stopped pipeline read to its end (read_committed) with {@code pipeline tail}: the article id of each
     * record, or the record key where the value has no id (a dead letter), marked with {@link #TOMBSTONE} for a
     * tombstone.
     */
    static List<String> topic(Path state, String topic) throws Exception {
        Path out = state.resolveSibling(state.getFileName() + "." + topic + ".jsonl");
        Path log = state.resolveSibling(state.getFileName() + ".tail.log");
        List<String> args = List.of("tail", topic, "--until-end", "--state-dir", state.toString());
        Process p = new ProcessBuilder(PipelineProcess.command(List.of("-Xmx1g"), args)).redirectOutput(out.toFile()).redirectError(log.toFile()).start();
        if (!p.waitFor(180, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("tail " + topic + " did not end; see " + log);
        }
        List<String> ids = new ArrayList<>();
        for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
            Matcher key = KEY.matcher(line);
            Matcher id = ID.matcher(line);
            boolean tombstone = line.contains("\"tombstone\":true");
            ids.add(id.find() ? id.group(1) : key.find() ? (tombstone ? TOMBSTONE : "") + key.group(1) : line);
        }
        return ids;
    }
}
