package io.newspipe.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspipe.explore.Explorer;
import io.newspipe.explore.ExplorerStore;
import io.newspipe.explore.PipelineView;
import io.newspipe.model.Json;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The explorer's JSON API over a store the real pipeline filled (both store ITs run it): every figure it answers is
 * checked against the store's own rows, and bad input gets a clear 4xx, never a 500.
 */
final class ExplorerApiChecks {
    private final HttpClient client = HttpClient.newHttpClient();
    private final String jdbcUrl;
    private String base;

    private ExplorerApiChecks(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
    }

    static void run(String jdbcUrl) throws Exception {
        WebServer http = new WebServer(new InetSocketAddress("127.0.0.1", 0));
        try (Explorer explorer = new Explorer(new ExplorerStore(jdbcUrl, ""), PipelineView.NONE, null, Duration.ofMillis(200))) {
            explorer.mount(http::route);
            http.start();
            ExplorerApiChecks checks = new ExplorerApiChecks(jdbcUrl);
            checks.base = "http://127.0.0.1:" + http.address().getPort();
            checks.search();
            checks.article();
            checks.figures();
            checks.badInput();
        } finally {
            http.close();
        }
    }

    private void search() throws Exception {
        // A word of a stored body, three and two characters long (the index and the scan path), finds that article.
        List<String> row = one("SELECT id, body FROM articles WHERE LENGTH(body) > 200 ORDER BY id");
        String body = row.get(1);
        int at = body.length() / 2;
        while (!Character.isIdeographic(body.codePointAt(at)) || !Character.isIdeographic(body.codePointAt(at + 1))
                || !Character.isIdeographic(body.codePointAt(at + 2))) {
            at++;
        }
        for (String word : List.of(body.substring(at, at + 3), body.substring(at, at + 2))) {
            JsonNode r = get("/api/search?q=" + enc(word), 200);
            List<String> ids = new ArrayList<>();
            r.get("results").forEach(x -> ids.add(x.get("id").asText()));
            long total = r.get("total").asLong();
            assertTrue(total >= 1 && total == count("SELECT COUNT(*) FROM articles WHERE title LIKE ? OR body LIKE ?",
                    "%" + word + "%", "%" + word + "%"), word + ": " + total);
            JsonNode page = total <= 20 ? r : get("/api/search?size=100&q=" + enc(word), 200);
            assertTrue(page.toString().contains(row.get(0)), word + " does not find " + row.get(0));
            JsonNode snippet = r.get("results").get(0).get("snippet");
            assertTrue(snippet.get("marks").size() > 0 || snippet.get("text").asText().length() > 0);
        }
        // A facet value narrows the search to the articles that name it, with the count the facet said.
        JsonNode all = get("/api/search", 200);
        assertEquals(count("SELECT COUNT(*) FROM articles"), all.get("total").asLong());
        JsonNode person = all.get("facets").get("person").get(0);
        JsonNode narrowed = get("/api/search?person=" + enc(person.get("value").asText()), 200);
        assertEquals(person.get("count").asLong(), narrowed.get("total").asLong());
        assertEquals(count("SELECT COUNT(DISTINCT article_id) FROM entities WHERE type = 'PERSON' AND text = ?",
                person.get("value").asText()), narrowed.get("total").asLong());
        JsonNode author = all.get("facets").get("author").get(0);
        assertEquals(author.get("count").asLong(), get("/api/search?author=" + enc(author.get("value").asText()), 200)
                .get("total").asLong());
        JsonNode day = all.get("facets").get("day").get(0);
        assertEquals(day.get("count").asLong(), get("/api/search?day=" + day.get("value").asText(), 200).get("total").asLong());
    }

    private void article() throws Exception {
        List<String> row = one("SELECT article_id, text FROM entities WHERE type = 'PERSON' AND mentions > 0 ORDER BY article_id");
        JsonNode a = get("/api/articles/" + row.get(0), 200);
        String body = a.get("body").asText();
        boolean found = false;
        for (JsonNode e : a.get("entities")) {
            for (JsonNode o : e.get("offsets")) {
                assertEquals(e.get("text").asText(), body.substring(o.asInt(), o.asInt() + e.get("text").asText().length()));
            }
            found |= e.get("type").asText().equals("PERSON") && e.get("text").asText().equals(row.get(1));
        }
        assertTrue(found, "the article's PERSON " + row.get(1));
        assertEquals(count("SELECT COUNT(*) FROM indicators WHERE article_id = ?", row.get(0)), a.get("indicators").size());
        get("/api/articles/0000000000000000-99", 404);
        // A page the dedup stage dropped as a replay answers with its verdict.
        List<String> dup = one("SELECT id, duplicate_of FROM duplicates ORDER BY id");
        assertEquals(dup.get(1), get("/api/articles/" + dup.get(0), 200).get("duplicate").get("duplicateOf").asText());
    }

    private void figures() throws Exception {
        JsonNode top = get("/api/entities?type=PLACE&limit=5", 200).get("entities");
        assertTrue(top.size() > 0);
        String place = top.get(0).get("text").asText();
        long days = 0;
        for (JsonNode d : get("/api/entities/trend?type=PLACE&text=" + enc(place), 200).get("days")) {
            days += d.get("articles").asLong();
        }
        assertEquals(top.get(0).get("articles").asLong(), days);
        JsonNode province = get("/api/places?place=43", 200);
        assertTrue(province.get("articles").asLong() >= 1, province.toString());
        for (JsonNode child : province.get("children")) {
            assertTrue(child.get("articles").asLong() <= province.get("articles").asLong());
            assertTrue(child.get("code").asText().startsWith("43"));
        }
        // One level down and back up: a child's parent is the place it was listed under.
        JsonNode child = get("/api/places?place=" + province.get("children").get(0).get("code").asText(), 200);
        assertEquals("43", child.get("parentCode").asText(), child.toString());
        assertTrue(child.get("articles").asLong() <= province.get("articles").asLong());
        get("/api/places?place=" + enc("没有这个地方"), 404);
        // A place without a division code still answers, with the articles that name it.
        List<String> uncoded = one("SELECT e.text, COUNT(DISTINCT e.article_id) FROM entities e WHERE e.type = 'PLACE' AND NOT EXISTS "
                + "(SELECT 1 FROM entities x WHERE x.type = 'PLACE' AND (x.text = e.text OR CAST(x.normalized AS TEXT) LIKE '%' || e.text || '%') "
                + "AND CAST(x.normalized AS TEXT) LIKE '%\"code\"%') GROUP BY e.text ORDER BY COUNT(DISTINCT e.article_id) DESC, e.text");
        JsonNode plain = get("/api/places?place=" + enc(uncoded.get(0)), 200);
        assertEquals(Long.parseLong(uncoded.get(1)), plain.get("articles").asLong(), plain.toString());
        String subject = one("SELECT subject FROM indicators WHERE subject IS NOT NULL GROUP BY subject ORDER BY COUNT(*) DESC, subject").get(0);
        JsonNode subjects = get("/api/subjects?q=" + enc(subject.substring(0, 1)), 200).get("subjects");
        assertTrue(subjects.toString().contains(subject));
        long rows = count("SELECT COUNT(*) FROM indicators WHERE subject = ?", subject);
        assertEquals(rows, get("/api/indicators?subject=" + enc(subject), 200).get("rows").size());
        HttpResponse<String> csv = raw("/api/indicators.csv?subject=" + enc(subject));
        assertEquals(200, csv.statusCode());
        assertEquals(rows + 1, csv.body().split("\r\n").length);
        assertEquals(count("SELECT COUNT(*) FROM articles"), get("/api/pipeline", 200).get("storeCounts").get("articles").asLong());
    }

    private void badInput() throws Exception {
        for (String q : List.of("\"NEAR(", "' OR 1=1 --", "*", "AND OR NOT", "a\"b", "%_\\", "<script>alert(1)</script>", "网格\"")) {
            JsonNode r = get("/api/search?q=" + enc(q), 200);
            assertNotNull(r.get("total"), q);
        }
        // 10 kB of text: said to be too long by the API, or by the server when its URL is over the header limit.
        JsonNode tooLong = get("/api/search?q=" + "a".repeat(10_000), 400);
        assertTrue(tooLong.get("error").asText().contains("200"), tooLong.toString());
        assertTrue(get("/api/search?q=" + enc("网".repeat(10_000)), 414).get("error").asText().contains("Too Long"));
        get("/api/search?page=-1", 400);
        get("/api/search?day=yesterday", 400);
        get("/api/entities?type=" + enc("PERSON' OR '1'='1"), 400);
        get("/api/articles/" + enc("x' OR '1'='1"), 400);
        get("/api/indicators", 400);
        get("/api/nothing", 404);
        assertEquals(405, client.send(HttpRequest.newBuilder(URI.create(base + "/api/search")).POST(
                HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    }

    private JsonNode get(String path, int status) throws Exception {
        HttpResponse<String> r = raw(path);
        assertEquals(status, r.statusCode(), path.substring(0, Math.min(200, path.length())) + " -> " + r.body());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"), path);
        assertFalse(r.body().contains("at io.newspipe") || r.body().contains("Exception:"), "a stack trace: " + r.body());
        return Json.MAPPER.readTree(r.body());
    }

    private HttpResponse<String> raw(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<String> one(String sql) throws Exception {
        return StoreRows.first(jdbcUrl, sql);
    }

    private long count(String sql, Object... params) throws Exception {
        return StoreRows.count(jdbcUrl, sql, params);
    }
}
