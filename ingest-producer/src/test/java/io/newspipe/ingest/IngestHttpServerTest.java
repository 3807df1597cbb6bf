package io.newspipe.ingest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IngestHttpServerTest {
    private final List<String> received = new ArrayList<>();
    private IngestHttpServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() throws Exception {
        PageSender sender = (source, data) -> {
            String text = new String(data, StandardCharsets.UTF_8);
            received.add(source + ":" + text);
            return text.isBlank() ? new PageProducer.Outcome(PageProducer.Outcome.Kind.REJECTED, "x", "empty page")
                    : new PageProducer.Outcome(PageProducer.Outcome.Kind.SENT, "id-" + text.length(), null);
        };
        server = new IngestHttpServer(new InetSocketAddress("127.0.0.1", 0), sender, 64, "s3cret",
                () -> "newspipe_pages_in_total 1.0\n", () -> true).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String type, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.address().getPort() + "/articles"))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPageIsAcceptedAsTextOrJsonAndAnswersItsSourceId() throws Exception {
        HttpResponse<String> text = post("text/plain; charset=utf-8", "正文。", "s3cret");
        assertEquals(202, text.statusCode());
        assertTrue(text.body().contains("\"sourceId\":\"id-3\""), text.body());
        HttpResponse<String> json = post("application/json", "{\"text\":\"另一页\",\"source\":\"wire\"}", "s3cret");
        assertEquals(202, json.statusCode());
        assertEquals(List.of("http:正文。", "wire:另一页"), received);
    }

    @Test
    void limitsTokenAndBadInput() throws Exception {
        assertEquals(401, post("text/plain", "正文。", null).statusCode());
        assertEquals(401, post("text/plain", "正文。", "wrong").statusCode());
        assertEquals(413, post("text/plain", "长".repeat(40), "s3cret").statusCode());
        assertEquals(400, post("application/json", "{\"nope\":1}", "s3cret").statusCode());
        HttpResponse<String> rejected = post("text/plain", "   ", "s3cret");
        assertEquals(422, rejected.statusCode());
        assertTrue(rejected.body().contains("empty page"));
        assertTrue(received.size() == 1, "only the blank page reached the sender: " + received);
    }

    @Test
    void healthAndMetrics() throws Exception {
        String base = "http://127.0.0.1:" + server.address().getPort();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("UP"));
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(base + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals("newspipe_pages_in_total 1.0\n", metrics.body());
        assertTrue(metrics.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }
}
