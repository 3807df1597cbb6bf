package io.newspipe.bench;

import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.runtime.ContinuousRun;
import io.newspipe.runtime.PipelineOptions;
import io.newspipe.text.page.Pages;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Drop-to-store latency of {@code pipeline run} on embedded defaults: pages (seed pages made unique by a last line)
 * are dropped into the inbox one at a time; the clock stops when every article of the page is in the store (as an
 * article or a duplicate). Prints the settings, each latency, the median and the maximum. With a rate, pages are
 * dropped on a clock ({@code rate} a second, whether or not the earlier ones are stored: a continuous feed) and the
 * median, 99th percentile and maximum are printed. Usage:
 * {@code bench/run.sh latency [pages=10] [min-age=PT0.5S] [poll=PT0.2S] [pages-per-second]}.
 */
public final class InboxLatencyBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Duration minAge = args.length > 1 ? Duration.parse(args[1]) : Duration.ofMillis(500);
        Duration poll = args.length > 2 ? Duration.parse(args[2]) : Duration.ofMillis(200);
        Path state = Files.createTempDirectory("latency-bench");
        String jdbc = "jdbc:sqlite:" + state.resolve("articles.db");
        PipelineOptions options = new PipelineOptions(state, null, jdbc, 3, Duration.ofMinutes(2));
        List<RawPage> pages = SeedArticles.pages();
        if (args.length > 3) {
            atRate(n, Double.parseDouble(args[3]), minAge, poll, options, pages, state, jdbc);
            return;
        }
        List<Double> seconds = new ArrayList<>();
        try (ContinuousRun run = start(options, state, minAge, poll)) {
            System.out.printf("inbox latency bench: %d pages, min-age %s, poll %s, embedded broker, SQLite%n", n, minAge, poll);
            for (int i = 0; i < n; i++) {
                Page page = Page.unique(pages, i);
                long t0 = drop(state, i, page);
                while (stored(jdbc, page.id()) < page.articles()) {
                    Thread.sleep(20);
                }
                double s = (System.nanoTime() - t0) / 1e9;
                seconds.add(s);
                System.out.printf("page %2d: %d articles in the store after %.2f s%n", i, page.articles(), s);
            }
        }
        Collections.sort(seconds);
        System.out.printf("median %.2f s, max %.2f s (of which min-age %.1f s and up to one poll %.1f s)%n",
                seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), minAge.toMillis() / 1e3, poll.toMillis() / 1e3);
    }

    /** Pages dropped {@code rate} a second; each one's drop-to-store seconds, measured while the next keep coming. */
    private static void atRate(int n, double rate, Duration minAge, Duration poll, PipelineOptions options,
                               List<RawPage> pages, Path state, String jdbc) throws Exception {
        Page[] unique = new Page[n];
        for (int i = 0; i < n; i++) {
            unique[i] = Page.unique(pages, i);
        }
        long[] dropped = new long[n];
        double[] seconds = new double[n];
        try (ContinuousRun run = start(options, state, minAge, poll)) {
            System.out.printf("inbox latency bench: %d pages at %.1f a second, min-age %s, poll %s, embedded broker, SQLite%n",
                    n, rate, minAge, poll);
            long t0 = System.nanoTime();
            int next = 0;
            int done = 0;
            java.util.BitSet finished = new java.util.BitSet(n);
            long give = t0 + (long) ((n / rate + 120) * 1e9);
            while (done < n && System.nanoTime() < give) {
                // Drop every page whose time has come, then look at the ones still outstanding.
                while (next < n && System.nanoTime() >= t0 + (long) (next / rate * 1e9)) {
                    dropped[next] = drop(state, next, unique[next]);
                    next++;
                }
                for (int i = finished.nextClearBit(0); i < next; i = finished.nextClearBit(i + 1)) {
                    if (stored(jdbc, unique[i].id()) >= unique[i].articles()) {
                        seconds[i] = (System.nanoTime() - dropped[i]) / 1e9;
                        finished.set(i);
                        done++;
                    }
                }
                Thread.sleep(20);
            }
            if (done < n) {
                System.out.printf("%d of %d pages not in the store two minutes after the last drop%n", n - done, n);
            }
        }
        StringBuilder timeline = new StringBuilder();
        for (int i = 0; i < n; i += 10) {
            double worst = 0;
            for (int j = i; j < Math.min(n, i + 10); j++) {
                worst = Math.max(worst, seconds[j]);
            }
            timeline.append(String.format(" %.1f", worst));
        }
        // Where in the run the slow pages were: a steady tail and one stall read the same at p99.
        System.out.println("slowest of every 10 pages, in drop order:" + timeline);
        double[] sorted = java.util.Arrays.stream(seconds).filter(x -> x > 0).sorted().toArray();
        System.out.printf("%d pages: %s (of which min-age %.1f s and up to one poll %.1f s)%n", sorted.length,
                percentiles(sorted), minAge.toMillis() / 1e3, poll.toMillis() / 1e3);
        // The first seconds of a feed meet a cold JVM (the JIT has compiled nothing yet) and queue up: the same
        // figures without the first tenth of the pages say what a feed that has been running sees.
        int skip = n / 10;
        double[] warm = java.util.Arrays.stream(seconds, skip, n).filter(x -> x > 0).sorted().toArray();
        if (warm.length > 0) {
            System.out.printf("after the first %d pages (%.0f s): %s%n", skip, skip / rate, percentiles(warm));
        }
    }

    /** p50, p99 and max of sorted seconds. */
    private static String percentiles(double[] sorted) {
        return String.format("p50 %.2f s, p99 %.2f s, max %.2f s", sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.99) - 1], sorted[sorted.length - 1]);
    }

    /** A seed page made unique by a last line: its bytes, source id and how many articles it splits into. */
    private record Page(byte[] bytes, String id, int articles) {
        static Page unique(List<RawPage> pages, int i) {
            String text = pages.get(i % pages.size()).text() + "\n本页为第" + i + "次投递，编号" + System.nanoTime() + "。\n";
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            String id = SourceIds.forBytes(bytes);
            return new Page(bytes, id, Pages.articles(new RawPage(id, "x", Instant.now(), "UTF-8", text, bytes.length)).size());
        }
    }

    private static ContinuousRun start(PipelineOptions options, Path state, Duration minAge, Duration poll) throws Exception {
        return new ContinuousRun(options, new ContinuousRun.Inputs(state.resolve("inbox"), "*.txt", minAge, poll,
                "127.0.0.1", -1, null, null)).start();
    }

    /** Writes the page beside the inbox and moves it in whole; the moment of the move, in nanoseconds. */
    private static long drop(Path state, int i, Page page) throws java.io.IOException {
        Path tmp = state.resolve("page-" + i + ".tmp");
        Files.write(tmp, page.bytes());
        long at = System.nanoTime();
        Files.move(tmp, state.resolve("inbox").resolve("page-" + i + ".txt"));
        return at;
    }

    private static int stored(String jdbc, String sourceId) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc);
             PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM articles WHERE source_id = ?) + "
                     + "(SELECT COUNT(*) FROM duplicates WHERE source_id = ?)")) {
            s.setString(1, sourceId);
            s.setString(2, sourceId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            } 
        } catch (java.sql.SQLException e) {
            return 0; // the sink has not created its tables yet
        }
    }
}
