package io.newspipe.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspipe.bench.chaos.Corpus;
import io.newspipe.bench.chaos.Store;
import io.newspipe.explore.Explorer;
import io.newspipe.explore.ExplorerStore;
import io.newspipe.explore.PipelineView;
import io.newspipe.model.Article;
import io.newspipe.model.Json;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.runtime.WebServer;
import io.newspipe.sink.ArticleSinkConfig;
import io.newspipe.sink.ArticleWriter;
import io.newspipe.text.enrich.ArticleEnricher;
import io.newspipe.text.gen.PageGenerator;
import io.newspipe.text.page.Pages;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * How fast the explorer answers a search on a store of N articles (default 10,000): generated pages split and
 * enriched as the pipeline does, written by the sink's writer (received over 30 days), then searches through the HTTP
 * API as the page makes them: words of 2 and 4 characters from the bodies, the most named people, a facet filter,
 * the empty query, a later page. Prints p50/p95/max per kind after a warm-up. Usage:
 * {@code bench/run.sh explore [N=10000] [jdbc-url]} (SQLite in a temp dir by default; a PostgreSQL URL is used as is,
 * in a schema of its own).
 */
public final class ExploreBench {
    private static final int ROUNDS = 20;

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        String url = args.length > 1 ? args[1] : "jdbc:sqlite:" + Files.createTempDirectory("explore-bench").resolve("articles.db");
        String schema = null;
        // A PostgreSQL URL gets a schema of its own, dropped afterwards, unless it names one (kept, to measure again).
        if (url.startsWith("jdbc:postgresql:") && !url.contains("currentSchema=")) {
            schema = "bench_" + Long.toHexString(System.nanoTime());
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            url = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        }
        try {
            long t0 = System.nanoTime();
            // A store that already holds N articles (a file from an earlier run) is measured as it is.
            List<String> had = Store.column(url, "SELECT COUNT(*) FROM articles");
            int written = !had.isEmpty() && Integer.parseInt(had.get(0)) >= n ? 0 : fill(url, n);
            System.out.printf("explore bench: %d articles written to %s in %.1f s%n", written,
                    url.startsWith("jdbc:sqlite:") ? "SQLite" : "PostgreSQL", (System.nanoTime() - t0) / 1e9);
            measure(url);
        } finally {
            if (schema != null) {
                try (Connection c = DriverManager.getConnection(args[1]); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                }
            }
        }
    }

    private static int fill(String url, int n) throws Exception {
        ArticleEnricher enricher = new ArticleEnricher();
        PageGenerator pages = new PageGenerator(Corpus.source(), 16);
        Instant start = Instant.parse("2026-10-01T08:00:00Z");
        int written = 0;
        try (ArticleWriter w = new ArticleWriter(new ArticleSinkConfig(Map.of(ArticleSinkConfig.CONNECTION_URL, url)))) {
            List<ArticleWriter.Op> batch = new ArrayList<>();
            for (int p = 0; written < n; p++) {
                String text = p + "\n" + pages.next().text();
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                RawPage page = new RawPage(SourceIds.forBytes(bytes), "page-" + p + ".txt",
                        start.plus(Duration.ofHours(p % 720)), "UTF-8", text, bytes.length);
                for (Article a : Pages.articles(page)) {
                    if (written < n) {
                        batch.add(new ArticleWriter.Op(enricher.enrich(a), null, null));
                        written++;
                    }
                }
                if (batch.size() >= 500) {
                    w.write(batch);
                    batch.clear();
                }
            }
            w.write(batch);
        }
        return written;
    }

    private static void measure(String url) throws Exception {
        Map<String, List<String>> kinds = queries(url);
        WebServer http = new WebServer(new InetSocketAddress("127.0.0.1", 0));
        HttpClient client = HttpClient.newHttpClient();
        try (Explorer explorer = new Explorer(new ExplorerStore(url, ""), PipelineView.NONE, null, Duration.ofSeconds(5))) {
            explorer.mount(http::route);
            http.start();
            String base = "http://127.0.0.1:" + http.address().getPort() + "/api/search?";
            // Warm-up: JIT, statement caches, the database's pages.
            for (List<String> qs : kinds.values()) {
                for (String q : qs) {
                    get(client, base + q);
                }
            }
            List<Double> all = new ArrayList<>();
            for (Map.Entry<String, List<String>> k : kinds.entrySet()) {
                List<Double> ms = new ArrayList<>();
                long hits = 0;
                for (int r = 0; r < ROUNDS; r++) {
                    for (String q : k.getValue()) {
                        long t0 = System.nanoTime();
                        JsonNode answer = get(client, base + q);
                        ms.add((System.nanoTime() - t0) / 1e6);
                        hits += r == 0 ? answer.get("total").asLong() : 0;
                    }
                }
                all.addAll(ms);
                System.out.printf("  %-28s %3d queries × %d: p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms  (mean hits %.0f)%n",
                        k.getKey(), k.getValue().size(), ROUNDS, pct(ms, 50), pct(ms, 95), pct(ms, 100),
                        hits / (double) k.getValue().size());
            }
            System.out.printf("  %-28s %d searches: p50 %.1f ms, p95 %.1f ms, max %.1f ms (bar: a search in ≤ 100 ms)%n", "all",
                    all.size(), pct(all, 50), pct(all, 95), pct(all, 100));
        } finally {
            http.close();
        }
    }

    /** Query strings by kind, drawn from the store (deterministic). */
    private static Map<String, List<String>> queries(String url) throws Exception {
        Random random = new Random(7);
        List<String> bodies = Store.column(url, "SELECT body FROM articles ORDER BY id LIMIT 500");
        List<String> two = new ArrayList<>();
        List<String> four = new ArrayList<>();
        while (four.size() < 10) {
            String b = bodies.get(random.nextInt(bodies.size()));
            int at = random.nextInt(Math.max(1, b.length() - 4));
            String w = b.substring(at, Math.min(b.length(), at + 4));
            if (w.length() == 4 && w.codePoints().allMatch(Character::isIdeographic)) {
                four.add(q("q", w));
                two.add(q("q", w.substring(0, 2)));
            }
        }
        List<String> people = Store.column(url, "SELECT text FROM entities WHERE type = 'PERSON' GROUP BY text ORDER BY COUNT(*) DESC, text LIMIT 10");
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("2-character words", two);
        out.put("4-character words", four);
        out.put("most named people", people.stream().map(p -> q("q", p)).toList());
        out.put("word + person facet", people.stream().limit(5).map(p -> q("person", p) + "&" + two.get(0)).toList());
        out.put("empty query (all, facets)", List.of(""));
        out.put("page 5 of a 2-character word", List.of(two.get(0) + "&page=5"));
        return out;
    }

    private static String q(String name, String value) {
        return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static JsonNode get(HttpClient client, String uri) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + " -> " + r.statusCode() + " " + r.body());
        }
        return Json.MAPPER.readTree(r.body());
    }

    private static double pct(List<Double> ms, int p) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
