package io.newspipe.ingest;

import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageUploadHandlerTest {
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final List<Long> oversize = new CopyOnWriteArrayList<>();
    private final AtomicBoolean brokerDown = new AtomicBoolean();
    private final HttpClient http = HttpClient.newHttpClient();
    private Server server;
    private int port;

    @BeforeEach
    void start() throws Exception {
        PageSender sender = new PageSender() {
            @Override
            public PageProducer.Outcome send(String source, byte[] data) {
                if (brokerDown.get()) {
                    throw new PageProducer.SendFailedException("the broker did not acknowledge", null);
                }
                String text = new String(data, StandardCharsets.UTF_8);
                received.add(source + ":" + text);
                return text.isBlank() ? new PageProducer.Outcome(PageProducer.Outcome.Kind.REJECTED, "x", "empty page")
                        : new PageProducer.Outcome(PageProducer.Outcome.Kind.SENT, "id-" + text.length(), null);
            }

            @Override
            public PageProducer.Outcome rejectOversize(String source, long bytes) {
                oversize.add(bytes);
                return new PageProducer.Outcome(PageProducer.Outcome.Kind.REJECTED, null, "too large");
            }

            @Override
            public int maxPageBytes() {
                return 64;
            }
        };
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        server.addConnector(connector);
        PathMappingsHandler routes = new PathMappingsHandler();
        routes.addMapping(PathSpec.from("/articles"), new PageUploadHandler(sender, "s3cret"));
        server.setHandler(routes);
        server.start();
        port = connector.getLocalPort();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop();
    }

    private HttpResponse<String> post(String type, HttpRequest.BodyPublisher body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                .header("Content-Type", type).POST(body);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String type, String body, String token) throws Exception {
        return post(type, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8), token);
    }

    @Test
    void aPageIsAcceptedAsTextOrJsonAndAnswersItsSourceId() throws Exception {
        HttpResponse<String> text = post("text/plain; charset=utf-8", "正文。", "s3cret");
        assertEquals(202, text.statusCode());
        assertTrue(text.body().contains("\"sourceId\":\"id-3\""), text.body());
        assertEquals(202, post("application/json", "{\"text\":\"另一页\",\"source\":\"wire\"}", "s3cret").statusCode());
        assertEquals(202, post("Application/JSON; Charset=UTF-8", "{\"text\":\"第三页\"}", "s3cret").statusCode(),
                "media types are case-insensitive");
        assertEquals(List.of("http:正文。", "wire:另一页", "http:第三页"), received);
    }

    @Test
    void tokenLimitsAndBadInputGetClearAnswers() throws Exception {
        assertEquals(401, post("text/plain", "正文。", null).statusCode());
        assertEquals(401, post("text/plain", "正文。", "wrong").statusCode());
        HttpResponse<String> big = post("text/plain", "长".repeat(40), "s3cret");
        assertEquals(413, big.statusCode());
        assertTrue(big.body().contains("page limit of 64 bytes"), big.body());
        // Without a Content-Length (chunked), the limit holds while reading.
        assertEquals(413, post("text/plain", HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(new byte[1000])), "s3cret").statusCode());
        assertEquals(List.of(120L, 65L), oversize, "each oversize page is recorded as a dead letter");
        assertEquals(400, post("application/json", "{\"nope\":1}", "s3cret").statusCode());
        assertEquals(400, post("application/json", "{broken", "s3cret").statusCode());
        HttpResponse<String> rejected = post("text/plain", "   ", "s3cret");
        assertEquals(422, rejected.statusCode());
        assertTrue(rejected.body().contains("empty page"));
        assertEquals(1, received.size(), "only the blank page reached the sender: " + received);
    }

    @Test
    void aBrokerThatDoesNotAnswerIsA503WithRetryAfter() throws Exception {
        brokerDown.set(true);
        HttpResponse<String> r = post("text/plain", "正文。", "s3cret");
        assertEquals(503, r.statusCode());
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(""));
    }

    @Test
    void onlyPostIsTaken() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/articles"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, get.statusCode());
    }
}
