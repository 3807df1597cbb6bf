package io.newspipe.runtime;

import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.text.page.Pages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code pipeline run} on a real broker: the inbox, HTTP, the metrics, and a restart over the same state. */
class ContinuousRunIT {
    @TempDir
    Path stateDir;

    private static List<Path> seeds() throws Exception {
        try (var s = Files.list(PipelineScenario.SEEDS)) {
            return s.sorted().toList();
        }
    }

    private static int articles(byte[] utf8) {
        return Pages.articles(new RawPage(SourceIds.forBytes(utf8), "x", Instant.EPOCH, "UTF-8",
                new String(utf8, StandardCharsets.UTF_8), utf8.length)).size();
    }

    private ContinuousRun start(TestKafka kafka, Path inbox) throws Exception {
        PipelineOptions options = new PipelineOptions(stateDir, kafka.bootstrapServers(),
                "jdbc:sqlite:" + stateDir.resolve("articles.db"), 3, Duration.ofMinutes(2));
        return new ContinuousRun(options, new ContinuousRun.Inputs(inbox, "*.txt", Duration.ofMillis(300),
                Duration.ofMillis(200), "127.0.0.1", 0, "t0ken", null)).start();
    }

    private long storeArticles() throws Exception {
        return StoreCounts.once("jdbc:sqlite:" + stateDir.resolve("articles.db")).get("articles");
    }

    private void awaitStore(long articles, Duration timeout) throws Exception {
        DeliveryTracker.awaitUntil(() -> {
            try {
                return storeArticles() >= articles;
            } catch (Exception e) {
                return false;
            }
        }, timeout, articles + " articles in the store");
    }

    private static double metric(String scrape, String line) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(line) + " (\\S+)$").matcher(scrape);
        assertTrue(m.find(), line + " in\n" + scrape);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void inboxAndHttpFeedTheStoreAndGarbageFailsWithItsReason() throws Exception {
        List<Path> seeds = seeds();
        byte[] good = Files.readAllBytes(seeds.get(0));
        String gbkText = Files.readString(seeds.get(1));
        byte[] overHttp = Files.readAllBytes(seeds.get(2));
        byte[] noise = new byte[4096];
        new Random(3).nextBytes(noise);
        long expected = articles(good) + articles(gbkText.getBytes(StandardCharsets.UTF_8)) + articles(overHttp);
        Path inbox = stateDir.resolve("inbox");

        try (TestKafka kafka = TestKafka.start()) {
            try (ContinuousRun run = start(kafka, inbox)) {
                Files.write(inbox.resolve("good.txt"), good);
                Files.write(inbox.resolve("gbk.txt"), gbkText.getBytes(Charset.forName("GBK")));
                Files.write(inbox.resolve("noise.txt"), noise);
                HttpResponse<String> posted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                                URI.create("http://127.0.0.1:" + run.httpAddress().getPort() + "/articles"))
                        .header("Authorization", "Bearer t0ken").header("Content-Type", "text/plain; charset=utf-8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(overHttp)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(202, posted.statusCode(), posted.body());
                assertTrue(posted.body().contains(SourceIds.forBytes(overHttp)), posted.body());

                awaitStore(expected, Duration.ofSeconds(90));
                assertEquals(expected, storeArticles());
                assertTrue(Files.exists(inbox.resolve("processed/good.txt")));
                assertTrue(Files.exists(inbox.resolve("processed/gbk.txt")));
                assertTrue(Files.exists(inbox.resolve("failed/noise.txt")));
                assertTrue(Files.readString(inbox.resolve("failed/noise.txt.error")).contains("not valid UTF-8 or GB18030"));

                String scrape = run.metrics().scrape();
                assertEquals(3.0, metric(scrape, "newspipe_pages_in_total{input=\"inbox\"}"));
                assertEquals(1.0, metric(scrape, "newspipe_pages_rejected_total{input=\"inbox\"}"));
                assertEquals(1.0, metric(scrape, "newspipe_pages_in_total{input=\"http\"}"));
                assertEquals((double) expected, metric(scrape, "newspipe_articles_out_total"));
                assertEquals((double) expected, metric(scrape, "newspipe_sink_rows{table=\"articles\"}"));
                assertTrue(metric(scrape, "newspipe_stage_seconds_count{stage=\"enrich\"}") >= expected);
            }
            // Restart over the same state: a page dropped again is recognised, moved, and changes nothing.
            try (ContinuousRun again = start(kafka, inbox)) {
                Files.write(inbox.resolve("good-again.txt"), good);
                DeliveryTracker.awaitUntil(() -> Files.exists(inbox.resolve("processed/good-again.txt")),
                        Duration.ofSeconds(30), "the page to be moved");
                assertEquals(1.0, metric(again.metrics().scrape(), "newspipe_pages_already_seen_total{input=\"inbox\"}"));
                assertEquals(expected, storeArticles());
            }
        }
    }
}
