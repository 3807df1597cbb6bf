package io.newspipe.bench.chaos;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scale-out (issue 15): the same generated pages through {@code pipeline run} once with one instance, and once with
 * two: a second process joins the first one's broker ({@code --bootstrap-servers}), the streams app's group and the
 * sink's group, and writes to the same store. Pages are dropped into the first one's inbox, in the same order as for
 * the one instance (with pages fed to both inboxes their arrival order, and with it which copy of a story is
 * canonical, would differ, measured: 63 of 980 articles). Prints, per setup, the time from
 * the drop until the store holds every article and verdict, what each instance's stream thread processed (its
 * {@code /metrics}), and whether the store equals the one-instance store. Usage: {@code bench/run.sh scale-out
 * [pages=300]}.
 */
public final class ScaleOutBench {
    private static final Pattern SPLIT_COUNT = Pattern.compile("(?m)^newspipe_stage_seconds_count\\{stage=\"split\",?\\} (\\S+)$");
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private ScaleOutBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path work = Files.createTempDirectory("newspipe-scale-out");
        List<Path> pages = Corpus.write(work.resolve("pages"), n, 27L, Corpus.distinctSource());
        System.out.printf("scale-out bench: %d pages, %d cores, work dir %s%n", n, Runtime.getRuntime().availableProcessors(), work);

        Store.Snapshot reference;
        double oneSeconds;
        try (RunningPipeline a = new RunningPipeline(work.resolve("one"), List.of())) {
            require(a.start(Duration.ofMinutes(3)) >= 0, "one instance did not come up");
            long t0 = System.nanoTime();
            drop(pages, a.inbox());
            Settled settled = awaitSettled(a.jdbcUrl(), Duration.ofMinutes(20));
            reference = settled.store();
            oneSeconds = (settled.lastChange() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "one instance:  %.1f s from the drop to the store's last change (%d articles, %d verdicts); split by it: %s%n",
                    oneSeconds, reference.articles().size(), reference.duplicates().size(), splitCount(a.port));
        }

        try (RunningPipeline a = new RunningPipeline(work.resolve("two-a"), List.of())) {
            require(a.start(Duration.ofMinutes(3)) >= 0, "instance A did not come up");
            String bootstrap = a.process().bootstrap();
            try (RunningPipeline b = new RunningPipeline(work.resolve("two-b"), List.of("--bootstrap-servers", bootstrap,
                    "--jdbc-url", a.jdbcUrl()))) {
                require(b.start(Duration.ofMinutes(3)) >= 0, "instance B did not come up");
                long t0 = System.nanoTime();
                // All pages through A's inbox, in the order the one instance got them: which copy of a story is kept
                // follows the order pages arrive in (their producer time), so only the same order can give the
                // same store. B shares the work through the streams and sink groups.
                drop(pages, a.inbox());
                Settled settled = awaitSettled(a.jdbcUrl(), Duration.ofMinutes(20));
                Store.Snapshot two = settled.store();
                double twoSeconds = (settled.lastChange() - t0) / 1e9;
                String splitA = splitCount(a.port);
                String splitB = splitCount(b.port);
                boolean same = two.equals(reference);
                System.out.printf(Locale.ROOT, "two instances: %.1f s from the drop to the store's last change (%d articles, %d verdicts); "
                        + "split by A: %s, by B: %s; store %s the one-instance store; ratio one/two %.2f%n", twoSeconds,
                        two.articles().size(), two.duplicates().size(), splitA, splitB, same ? "equals" : "DIFFERS FROM",
                        oneSeconds / twoSeconds);
                if (!same) {
                    System.out.println("  articles: " + KillScenario.difference(two.articles(), reference.articles())
                            + "; duplicates: " + KillScenario.difference(two.duplicates(), reference.duplicates()));
                }
            }
        }
    }

    /** Moves the pages in whole (copied beside the inbox first), so no half-written file is ever seen. */
    private static void drop(List<Path> pages, Path inbox) throws Exception {
        Path staging = Files.createDirectories(inbox.resolveSibling("staging"));
        Files.createDirectories(inbox);
        for (Path p : pages) {
            Path tmp = Files.copy(p, staging.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, inbox.resolve(p.getFileName()), StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** What the store held once it stopped changing, and when (System.nanoTime) it last changed. */
    private record Settled(Store.Snapshot store, long lastChange) {
    }

    /** Waits until the store's rows stop changing for 15 s (polled every half second). */
    private static Settled awaitSettled(String jdbcUrl, Duration max) throws Exception {
        long deadline = System.nanoTime() + max.toNanos();
        Store.Snapshot last = null;
        long stableSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            Store.Snapshot now = Store.Snapshot.of(jdbcUrl);
            if (!now.equals(last)) {
                last = now;
                stableSince = System.nanoTime();
            } else if (!now.articles().isEmpty() && System.nanoTime() - stableSince > 15_000_000_000L) {
                return new Settled(now, stableSince);
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the store did not settle within " + max);
    }

    /** How many articles this instance's split stage handled, from its /metrics. */
    private static String splitCount(int port) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = SPLIT_COUNT.matcher(r.body());
        return m.find() ? String.valueOf((long) Double.parseDouble(m.group(1))) + " pages" : "none";
    }

    private static void require(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException(what);
        }
    }
}
