package io.newspipe.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import io.newspipe.model.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

/**
 * {@code POST /articles}: a page as {@code text/plain} bytes (charset detected) or as JSON {@code {"text": …,
 * "source": …}}. The body is read without holding a thread (a slow upload waits on the connection, not on a worker),
 * a body over the page limit is refused with 413 (from its Content-Length when it says so, before reading), and the
 * send itself runs on a small bounded pool: when that is full the answer is 503 with Retry-After, never a hang.
 * With a token configured, a request without {@code Authorization: Bearer <token>} gets 401. Thread-safe.
 */
public final class PageUploadHandler extends Handler.Abstract {
    private final PageSender sender;
    private final byte[] expectedAuthorization;
    private final ThreadPoolExecutor sends = new ThreadPoolExecutor(2, 4, 30, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(64), r -> {
                Thread t = new Thread(r, "http-send");
                t.setDaemon(true);
                return t;
            });

    /** @param token the bearer token requests must carry; null or blank for none */
    public PageUploadHandler(PageSender sender, String token) {
        this.sender = sender;
        this.expectedAuthorization = token == null || token.isBlank() ? null
                : ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!"POST".equals(request.getMethod())) {
            refuseBody(response);
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            HttpReplies.error(response, callback, 405, "use POST");
            return true;
        }
        if (!authorised(request)) {
            refuseBody(response);
            HttpReplies.error(response, callback, 401, "missing or wrong bearer token");
            return true;
        }
        long declared = request.getLength();
        if (declared > sender.maxPageBytes()) {
            oversize(response, callback, declared);
            return true;
        }
        String type = String.valueOf(request.getHeaders().get(HttpHeader.CONTENT_TYPE)).toLowerCase(Locale.ROOT);
        new BoundedBody(request, sender.maxPageBytes(), (body, error) -> {
            if (error != null) {
                callback.failed(error);
            } else if (body == null) {
                oversize(response, callback, sender.maxPageBytes() + 1L);
            } else {
                submit(response, callback, () -> page(type, body, response, callback));
            }
        }).read();
        return true;
    }

    private boolean authorised(Request request) {
        if (expectedAuthorization == null) {
            return true;
        }
        String given = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        return given != null && MessageDigest.isEqual(expectedAuthorization, given.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * An answer given before the body is read ends the connection: the unread body would otherwise be taken for the
     * next request on a kept-alive connection.
     */
    private static void refuseBody(Response response) {
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
    }

    private void oversize(Response response, Callback callback, long bytes) {
        refuseBody(response);
        submit(response, callback, () -> {
            sender.rejectOversize("http", bytes);
            HttpReplies.error(response, callback, 413, "body larger than the page limit of " + sender.maxPageBytes() + " bytes");
        });
    }

    /** Runs blocking work off Jetty's threads; answers 503 at once when the send pool is full. */
    private void submit(Response response, Callback callback, Runnable work) {
        try {
            sends.execute(() -> {
                try {
                    work.run();
                } catch (PageProducer.SendFailedException e) {
                    response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
                    HttpReplies.error(response, callback, 503, "could not send, try again: " + e.getMessage());
                } catch (RuntimeException e) {
                    HttpReplies.error(response, callback, 500, "internal error: " + e.getClass().getSimpleName());
                }
            });
        } catch (RejectedExecutionException e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
            HttpReplies.error(response, callback, 503, "busy: too many pages in flight, try again");
        }
    }

    private void page(String type, byte[] body, Response response, Callback callback) {
        String source = "http";
        byte[] page = body;
        if (type.startsWith("application/json")) {
            JsonNode json;
            try {
                json = Json.MAPPER.readTree(body);
            } catch (IOException e) {
                String why = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
                HttpReplies.error(response, callback, 400, "malformed JSON: " + why);
                return;
            }
            if (json == null || !json.path("text").isTextual()) {
                HttpReplies.error(response, callback, 400, "JSON body needs a \"text\" field");
                return;
            }
            page = json.get("text").asText().getBytes(StandardCharsets.UTF_8);
            source = json.path("source").isTextual() ? json.get("source").asText() : "http";
        }
        PageProducer.Outcome o = sender.send(source, page);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("sourceId", o.sourceId());
        answer.put("status", o.kind().name().toLowerCase(Locale.ROOT));
        if (o.reason() != null) {
            answer.put("reason", o.reason());
        }
        HttpReplies.json(response, callback, switch (o.kind()) {
            case SENT -> 202;
            case SEEN -> 200;
            case REJECTED -> 422;
        }, answer);
    }

    /**
     * Reads a request body as it arrives, without blocking a thread: each time data is there it is taken, and more
     * is demanded. Gives the bytes, or null as soon as they pass {@code max}, or the error.
     */
    private static final class BoundedBody {
        private final Request request;
        private final int max;
        private final BiConsumer<byte[], Throwable> done;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        BoundedBody(Request request, int max, BiConsumer<byte[], Throwable> done) {
            this.request = request;
            this.max = max;
            this.done = done;
        }

        void read() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::read);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    done.accept(null, chunk.getFailure());
                    return;
                }
                ByteBuffer b = chunk.getByteBuffer();
                int n = b.remaining();
                if (bytes.size() + (long) n > max) {
                    chunk.release();
                    done.accept(null, null);
                    return;
                }
                byte[] part = new byte[n];
                b.get(part);
                bytes.writeBytes(part);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    done.accept(bytes.toByteArray(), null);
                    return;
                }
            }
        }
    }

    @Override
    protected void doStop() throws Exception {
        sends.shutdown();
        sends.awaitTermination(10, TimeUnit.SECONDS);
        super.doStop();
    }
}
