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
 * article or a duplicate). Prints the settings, each latency, the median and the maximum.
 * Usage: {@code bench/run.sh latency [pages=10] [min-age=PT0.5S] [poll=PT0.2S]}.
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
        List<Double> seconds = new ArrayList<>();
        try (ContinuousRun run = new ContinuousRun(options, new ContinuousRun.Inputs(state.resolve("inbox"), "*.txt",
                minAge, poll, "127.0.0.1", -1, null, null)).start()) {
            System.out.printf("inbox latency bench: %d pages, min-age %s, poll %s, embedded broker, SQLite%n", n, minAge, poll);
            for (int i = 0; i < n; i++) {
                String text = pages.get(i % pages.size()).text() + "\n本页为第" + i + "次投递，编号" + System.nanoTime() + "。\n";
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                String id = SourceIds.forBytes(bytes);
                int expected = Pages.articles(new RawPage(id, "x", Instant.now(), "UTF-8", text, bytes.length)).size();
                Path tmp = state.resolve("page-" + i + ".tmp");
                Files.write(tmp, bytes);
                long t0 = System.nanoTime();
                Files.move(tmp, state.resolve("inbox").resolve("page-" + i + ".txt"));
                while (stored(jdbc, id) < expected) {
                    Thread.sleep(20);
                }
                double s = (System.nanoTime() - t0) / 1e9;
                seconds.add(s);
                System.out.printf("page %2d: %d articles in the store after %.2f s%n", i, expected, s);
            }
        }
        Collections.sort(seconds);
        System.out.printf("median %.2f s, max %.2f s (of which min-age %.1f s and up to one poll %.1f s)%n",
                seconds.get(seconds.size() / 2), seconds.get(seconds.size() - 1), minAge.toMillis() / 1e3, poll.toMillis() / 1e3);
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
