package io.newspipe.bench.chaos;

import io.newspipe.model.Article;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.text.enrich.ArticleEnricher;
import io.newspipe.text.page.PageRepair;
import io.newspipe.text.page.PageSplitter;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The whole pipeline measured as a user runs it (issue 15): generated pages of distinct stories
 * ({@link Corpus#distinctSource()}: the enricher alone enriches every article, so the pipeline must have few copies
 * to skip for the ratio to compare the same work) replayed by {@code pipeline replay} in a process of its own
 * (embedded broker, Streams, Connect, SQLite) into a fresh state directory, once per stream-thread count, against
 * the same pages split and enriched in this process on as many threads. Start-up is measured apart (a replay of one
 * page) and taken out; the second half's pace takes the JIT's warm-up out too. Each replay logs its GC, and the table
 * gives the share of copies, the largest heap left after a collection (what the pipeline needs live) and the streams
 * state it leaves per article. Shares the process harness
 * of the reliability suite. Usage: {@code bench/run.sh pipeline [pages=1000] [threads=1,2] [more page counts…]
 * [--heap=1g] [--jvm=OPTION…]} ({@code --heap} is the pipeline process's {@code -Xmx}; each {@code --jvm=} adds one
 * option to its JVM, such as {@code --jvm=-XX:+UseParallelGC}).
 */
public final class PipelineBench {
    private PipelineBench() {
    }

    private static String heap = "1g";
    private static final List<String> jvmOptions = new ArrayList<>();

    public static void main(String[] argv) throws Exception {
        List<String> positional = new ArrayList<>();
        for (String a : argv) {
            if (a.startsWith("--heap=")) {
                heap = a.substring("--heap=".length());
            } else if (a.startsWith("--jvm=")) {
                jvmOptions.add(a.substring("--jvm=".length()));
            } else {
                positional.add(a);
            }
        }
        String[] args = positional.toArray(String[]::new);
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        List<Integer> threads = new ArrayList<>();
        for (String t : (args.length > 1 ? args[1] : "1,2").split(",")) {
            threads.add(Integer.parseInt(t.trim()));
        }
        List<Integer> sizes = new ArrayList<>(List.of(pages));
        for (int i = 2; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        Path work = Files.createTempDirectory("newspipe-pipeline-bench");
        System.out.printf("pipeline bench: %s pages, stream threads %s, %d cores, pipeline JVM -Xmx%s%s, work dir %s%n",
                sizes, threads, Runtime.getRuntime().availableProcessors(), heap,
                " " + String.join(" ", PipelineProcess.withCollector(jvmOptions)), work);
        Path one = work.resolve("one");
        Corpus.write(one, 1, 99L, Corpus.distinctSource());
        Measured startup = replay(work.resolve("startup-state"), one, 1);
        System.out.printf(Locale.ROOT, "start-up (a replay of one page): %.1f s, peak RSS %d MB, CPU %.1f s%n",
                startup.seconds, startup.peakRssMb, startup.cpuSeconds);
        System.out.println();
        System.out.println("| pages | articles | duplicates | CJK chars | stream threads | replay wall s | e2e s (no start-up) | "
                + "articles/s | CJK chars/s | ms/article | enricher alone CJK/s | pipeline / enricher | "
                + "2nd half CJK chars/s | 2nd half / enricher | peak RSS MB | max heap after GC MB | "
                + "streams state bytes/article | process CPU s | CPU ms/article (no start-up) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            Path dir = work.resolve("pages-" + n);
            List<Path> files = Corpus.write(dir, n, 27L, Corpus.distinctSource());
            long cjk = 0;
            List<RawPage> raw = new ArrayList<>();
            for (Path f : files) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                cjk += text.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
                byte[] b = text.getBytes(StandardCharsets.UTF_8);
                raw.add(new RawPage(SourceIds.forBytes(b), f.getFileName().toString(), Instant.now(), "UTF-8", text, b.length));
            }
            for (int t : threads) {
                double alone = enricherAlone(raw, t, cjk);
                Measured m = replay(work.resolve("state-" + n + "-" + t), dir, t);
                Path state = work.resolve("state-" + n + "-" + t);
                String url = Store.sqlite(state);
                long duplicates = Store.count(url, "duplicates");
                long stored = Store.count(url, "articles") + duplicates;
                double e2e = Math.max(0.001, m.seconds - startup.seconds);
                double secondHalf = secondHalfShare(url);
                System.out.printf(Locale.ROOT, "| %d | %d | %.1f%% | %d | %d | %.1f | %.1f | %.0f | %.0f | %.2f | %.0f | %.2f | %.0f | %.2f | %d | %d | %d | %.1f | %.2f |%n",
                        n, stored, 100.0 * duplicates / Math.max(1, stored), cjk, t, m.seconds, e2e, stored / e2e,
                        cjk / e2e, 1000 * e2e / stored, alone, cjk / e2e / alone, cjk * secondHalf,
                        cjk * secondHalf / alone, m.peakRssMb, maxHeapAfterGcMb(gcLog(state)),
                        bytes(state.resolve("streams")) / Math.max(1, stored), m.cpuSeconds,
                        1000 * (m.cpuSeconds - startup.cpuSeconds) / Math.max(1, stored));
                if (m.exit != 0) {
                    System.out.println("  replay exited " + m.exit + "; see " + work.resolve("state-" + n + "-" + t + ".log"));
                }
            }
        }
    }

    /** @param cpuSeconds the process's CPU time (user and system, all threads) as last read before it ended */
    private record Measured(double seconds, long peakRssMb, double cpuSeconds, int exit) {
    }

    /** {@code pipeline replay dir --stream-threads t} to its end; wall seconds, the process's peak RSS and CPU. */
    private static Measured replay(Path state, Path dir, int threads) throws Exception {
        long t0 = System.nanoTime();
        List<String> jvm = new ArrayList<>(List.of("-Xmx" + heap, "-Xlog:gc:file=" + gcLog(state)));
        jvm.addAll(jvmOptions);
        PipelineProcess p = PipelineProcess.start(state.resolveSibling(state.getFileName() + ".log"), jvm,
                List.of("replay", dir.toString(), "--state-dir", state.toString(), "--stream-threads",
                        String.valueOf(threads)));
        long peak = 0;
        double cpu = 0;
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        Path stat = Path.of("/proc", String.valueOf(p.pid()), "stat");
        while (p.alive()) {
            peak = Math.max(peak, peakRssKb(status));
            cpu = Math.max(cpu, cpuSeconds(stat));
            Thread.sleep(250);
        }
        int exit = p.waitExit(Duration.ofMinutes(60));
        return new Measured((System.nanoTime() - t0) / 1e9, peak / 1024, cpu, exit);
    }

    /**
     * The pipeline's pace once warm, per CJK char of the corpus: the share of the stored articles written in the
     * second half (by their {@code updated_at}, stamped at the sink's write) over the seconds that half took. The
     * first half carries the JIT compiling the broker, Streams, Connect and the text stages, which competes with the
     * stream thread for the two cores. Meaningful when the kept articles are spread evenly over the pages, as the
     * distinct corpus's nearly are; over 10,000 pages, where copies grow as the sentence pool is reused, the second
     * half of the kept articles spans more than half of the pages and the figure reads a little low.
     */
    static double secondHalfShare(String jdbcUrl) {
        List<String> times = Store.column(jdbcUrl, "SELECT updated_at FROM articles ORDER BY updated_at");
        if (times.size() < 4) {
            return Double.NaN;
        }
        int mid = times.size() / 2;
        double seconds = Duration.between(Instant.parse(times.get(mid)), Instant.parse(times.get(times.size() - 1)))
                .toNanos() / 1e9;
        return (double) (times.size() - 1 - mid) / times.size() / Math.max(0.001, seconds);
    }

    private static Path gcLog(Path state) {
        return state.resolveSibling(state.getFileName() + ".gc.log");
    }

    /** The largest heap left after a collection in a unified GC log ({@code … 310M->95M(512M) …}), in MB; -1 if none. */
    static long maxHeapAfterGcMb(Path gcLog) {
        long max = -1;
        java.util.regex.Pattern after = java.util.regex.Pattern.compile("\\d+M->(\\d+)M\\(\\d+M\\)");
        try {
            for (String line : Files.readAllLines(gcLog)) {
                java.util.regex.Matcher m = after.matcher(line);
                if (m.find()) {
                    max = Math.max(max, Long.parseLong(m.group(1)));
                }
            }
        } catch (java.io.IOException e) {
            return -1; // no log: the replay did not start
        }
        return max;
    }

    /** Bytes of the files under {@code dir} (0 when it does not exist). */
    static long bytes(Path dir) throws java.io.IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /**
     * utime + stime of {@code /proc/<pid>/stat} in seconds (at the usual 100 ticks a second), or 0 once the process is
     * gone. Less noisy than wall time on a shared machine: a neighbour's load slows the pipeline down but does not add
     * to the CPU it uses.
     */
    private static double cpuSeconds(Path stat) {
        try {
            String line = Files.readString(stat);
            String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // Fields 14 and 15 of the line, counted from the state (field 3) after the command name.
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
        } catch (Exception e) {
            return 0;
        }
    }

    private static long peakRssKb(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            // the process has just ended: its last reading stands
        }
        return 0;
    }

    /** The same pages split and enriched in this process on {@code threads} threads: CJK chars/s, after a warm-up. */
    private static double enricherAlone(List<RawPage> pages, int threads, long cjk) throws Exception {
        ArticleEnricher enricher = new ArticleEnricher();
        PageRepair repair = new PageRepair();
        PageSplitter splitter = new PageSplitter();
        for (RawPage p : pages.subList(0, Math.min(100, pages.size()))) {
            splitter.split(repair.repair(p)).forEach(enricher::enrich);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicLong next = new AtomicLong();
            long t0 = System.nanoTime();
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                done.add(pool.submit(() -> {
                    for (long i = next.getAndIncrement(); i < pages.size(); i = next.getAndIncrement()) {
                        for (Article a : splitter.split(repair.repair(pages.get((int) i)))) {
                            enricher.enrich(a);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            return cjk / ((System.nanoTime() - t0) / 1e9);
        } finally {
            pool.shutdown();
        }
    }
}
