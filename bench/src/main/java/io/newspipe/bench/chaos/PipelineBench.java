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
 * The whole pipeline measured as a user runs it (issue 15): generated pages replayed by {@code pipeline replay} in a
 * process of its own (embedded broker, Streams, Connect, SQLite) into a fresh state directory, once per stream-thread
 * count, against the same pages split and enriched in this process on as many threads. Start-up is measured apart
 * (a replay of one page) and taken out. Shares the process harness of the reliability suite. Usage:
 * {@code bench/run.sh pipeline [pages=1000] [threads=1,2] [more page counts…]}.
 */
public final class PipelineBench {
    private PipelineBench() {
    }

    public static void main(String[] args) throws Exception {
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
        System.out.printf("pipeline bench: %s pages, stream threads %s, %d cores, work dir %s%n", sizes, threads,
                Runtime.getRuntime().availableProcessors(), work);
        Path one = work.resolve("one");
        Corpus.write(one, 1, 99L);
        Measured startup = replay(work.resolve("startup-state"), one, 1);
        System.out.printf(Locale.ROOT, "start-up (a replay of one page): %.1f s, peak RSS %d MB%n", startup.seconds,
                startup.peakRssMb);
        System.out.println();
        System.out.println("| pages | articles | CJK chars | stream threads | replay wall s | e2e s (no start-up) | "
                + "articles/s | CJK chars/s | ms/article | enricher alone CJK/s | pipeline / enricher | peak RSS MB |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        for (int n : sizes) {
            Path dir = work.resolve("pages-" + n);
            List<Path> files = Corpus.write(dir, n, 27L);
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
                long stored = Store.count(Store.sqlite(work.resolve("state-" + n + "-" + t)), "articles")
                        + Store.count(Store.sqlite(work.resolve("state-" + n + "-" + t)), "duplicates");
                double e2e = Math.max(0.001, m.seconds - startup.seconds);
                System.out.printf(Locale.ROOT, "| %d | %d | %d | %d | %.1f | %.1f | %.0f | %.0f | %.2f | %.0f | %.2f | %d |%n",
                        n, stored, cjk, t, m.seconds, e2e, stored / e2e, cjk / e2e, 1000 * e2e / stored, alone,
                        cjk / e2e / alone, m.peakRssMb);
                if (m.exit != 0) {
                    System.out.println("  replay exited " + m.exit + "; see " + work.resolve("state-" + n + "-" + t + ".log"));
                }
            }
        }
    }

    private record Measured(double seconds, long peakRssMb, int exit) {
    }

    /** {@code pipeline replay dir --stream-threads t} to its end; wall seconds and the process's peak RSS. */
    private static Measured replay(Path state, Path dir, int threads) throws Exception {
        long t0 = System.nanoTime();
        PipelineProcess p = PipelineProcess.start(state.resolveSibling(state.getFileName() + ".log"),
                List.of("replay", dir.toString(), "--state-dir", state.toString(), "--stream-threads",
                        String.valueOf(threads)));
        long peak = 0;
        Path status = Path.of("/proc", String.valueOf(p.pid()), "status");
        while (p.alive()) {
            peak = Math.max(peak, peakRssKb(status));
            Thread.sleep(250);
        }
        int exit = p.waitExit(Duration.ofMinutes(60));
        return new Measured((System.nanoTime() - t0) / 1e9, peak / 1024, exit);
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
