package io.newspipe.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.newspipe.model.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The HTTP feed: {@code POST /articles} (a page as text/plain, or JSON {@code {"text": …, "source": …}}) answers the
 * page's source id; {@code GET /health}; {@code GET /metrics} in Prometheus text format. Bodies over the limit get
 * 413; with a token configured, requests without {@code Authorization: Bearer <token>} get 401. Thread-safe if the
 * sender is.
 */
public final class IngestHttpServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService pool = Executors.newFixedThreadPool(4, r -> {
        Thread t = new Thread(r, "ingest-http");
        t.setDaemon(true);
        return t;
    });
    private final PageSender sender;
    private final long maxBytes;
    private final String token;
    private final Supplier<String> metrics;
    private final BooleanSupplier healthy;

    public IngestHttpServer(InetSocketAddress bind, PageSender sender, long maxBytes, String token,
                            Supplier<String> metrics, BooleanSupplier healthy) throws IOException {
        this.sender = sender;
        this.maxBytes = maxBytes;
        this.token = token == null || token.isBlank() ? null : token;
        this.metrics = metrics;
        this.healthy = healthy;
        this.server = HttpServer.create(bind, 64);
        server.createContext("/articles", this::articles);
        server.createContext("/health", this::health);
        server.createContext("/metrics", this::metrics);
        server.setExecutor(pool);
    }

    public IngestHttpServer start() {
        server.start();
        return this;
    }

    /** The bound address: the port is the real one when 0 was asked for. */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    private void articles(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                reply(ex, 405, Map.of("error", "use POST"));
                return;
            }
            if (token != null && !("Bearer " + token).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
                reply(ex, 401, Map.of("error", "missing or wrong bearer token"));
                return;
            }
            byte[] body = readLimited(ex.getRequestBody());
            if (body == null) {
                reply(ex, 413, Map.of("error", "body larger than " + maxBytes + " bytes"));
                return;
            }
            String type = String.valueOf(ex.getRequestHeaders().getFirst("Content-Type"));
            String source = "http";
            byte[] page = body;
            if (type.startsWith("application/json")) {
                JsonNode json;
                try {
                    json = Json.MAPPER.readTree(body);
                } catch (IOException e) {
                    reply(ex, 400, Map.of("error", "malformed JSON: " + e.getMessage()));
                    return;
                }
                if (json == null || !json.path("text").isTextual()) {
                    reply(ex, 400, Map.of("error", "JSON body needs a \"text\" field"));
                    return;
                }
                page = json.get("text").asText().getBytes(StandardCharsets.UTF_8);
                source = json.path("source").asText("http");
            }
            PageProducer.Outcome o = sender.send(source, page);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("sourceId", o.sourceId());
            answer.put("status", o.kind().name().toLowerCase());
            if (o.reason() != null) {
                answer.put("reason", o.reason());
            }
            reply(ex, switch (o.kind()) {
                case SENT -> 202;
                case SEEN -> 200;
                case REJECTED -> 422;
            }, answer);
        } catch (RuntimeException e) {
            reply(ex, 503, Map.of("error", "could not send: " + e.getMessage()));
        }
    }

    private void health(HttpExchange ex) throws IOException {
        try (ex) {
            boolean up = healthy.getAsBoolean();
            reply(ex, up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN"));
        }
    }

    private void metrics(HttpExchange ex) throws IOException {
        try (ex) {
            byte[] text = metrics.get().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", "text/plain; version=0.0.4; charset=utf-8");
            ex.sendResponseHeaders(200, text.length);
            ex.getResponseBody().write(text);
        }
    }

    /** The body, or null when it is longer than the limit (the rest is not read). */
    private byte[] readLimited(InputStream in) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return data.length > maxBytes ? null : data;
    }

    private static void reply(HttpExchange ex, int status, Map<String, ?> body) throws IOException {
        byte[] json = Json.write(body);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, json.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(json);
        }
    }

    @Override
    public void close() {
        server.stop(1);
        pool.shutdownNow();
    }
}
