package io.newspipe.explore;

import io.newspipe.model.Json;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Server-sent events of articles as the sink stores them: one thread polls the store for rows written since the last
 * poll (by the sink's {@code updated_at}) and writes each new one to every subscriber as {@code event: article}.
 * A comment line every few seconds keeps idle connections open and finds the closed ones. Subscribers beyond
 * {@link #MAX_CLIENTS} are refused; a subscriber whose write fails or stalls is dropped. Thread-safe; start once,
 * close once.
 */
final class LiveFeed implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(LiveFeed.class);
    static final int MAX_CLIENTS = 32;
    private static final long WRITE_TIMEOUT_MS = 2_000;
    private static final int HEARTBEAT_TICKS = 5;
    private final ExplorerStore store;
    private final Duration poll;
    private final List<Client> clients = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "explorer-live");
        t.setDaemon(true);
        return t;
    });
    /** The newest {@code updated_at} seen, as the driver returns it (text on SQLite, a timestamp on PostgreSQL). */
    private Object mark;
    private long ticks;

    private record Client(Response response, Callback callback) {
    }

    LiveFeed(ExplorerStore store, Duration poll) {
        this.store = store;
        this.poll = poll;
    }

    LiveFeed start() {
        thread.scheduleWithFixedDelay(this::tick, 0, poll.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    /** Takes the response over as an event stream; false when there are too many subscribers already. */
    boolean subscribe(Response response, Callback callback) {
        if (clients.size() >= MAX_CLIENTS) {
            return false;
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        Client c = new Client(response, callback);
        clients.add(c);
        // The first bytes commit the headers, so the browser knows the stream is open.
        thread.execute(() -> send(c, ": connected\nretry: 2000\n\n"));
        return true;
    }

    int subscribers() {
        return clients.size();
    }

    private void tick() {
        try {
            List<Map<String, Object>> fresh = fresh();
            StringBuilder events = new StringBuilder();
            for (Map<String, Object> a : fresh) {
                events.append("event: article\ndata: ").append(Json.writeString(a)).append("\n\n");
            }
            if (events.length() == 0 && ++ticks % HEARTBEAT_TICKS == 0) {
                events.append(": ping\n\n");
            }
            if (events.length() > 0) {
                for (Client c : clients) {
                    send(c, events.toString());
                }
            }
        } catch (SQLException e) {
            log.debug("live feed: the store cannot be read now: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("live feed tick failed", e);
        }
    }

    /** Articles written since the last call; the first call only takes the mark. */
    private List<Map<String, Object>> fresh() throws SQLException {
        if (!store.ready()) {
            // No table yet: every article the sink will write is new.
            mark = mark == null ? zero() : mark;
            return List.of();
        }
        boolean first = mark == null;
        String table = store.table("articles");
        return store.with(c -> {
            String sql = first ? "SELECT MAX(updated_at) FROM " + table
                    : "SELECT id, title, source, received_at, updated_at FROM " + table
                    + " WHERE updated_at > ? ORDER BY updated_at, id LIMIT 200";
            List<Map<String, Object>> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                if (!first) {
                    s.setObject(1, mark);
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (first) {
                            mark = rs.getObject(1) == null ? zero() : rs.getObject(1);
                            break;
                        }
                        Map<String, Object> a = new LinkedHashMap<>();
                        a.put("id", rs.getString(1));
                        a.put("title", rs.getString(2));
                        a.put("source", rs.getString(3));
                        Object received = rs.getObject(4);
                        a.put("receivedAt", received instanceof java.sql.Timestamp t ? t.toInstant().toString() : String.valueOf(received));
                        mark = rs.getObject(5);
                        out.add(a);
                    }
                }
            }
            return out;
        });
    }

    private Object zero() {
        return store.dialect().beforeAnyTime();
    }

    private void send(Client c, String text) {
        FutureCallback done = new FutureCallback();
        try {
            Content.Sink.write(c.response(), false, text, done);
            done.get(WRITE_TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // Closed by the browser, or stalled: either way this subscriber is gone.
            clients.remove(c);
            c.callback().failed(e);
        }
    }

    @Override
    public void close() {
        thread.shutdownNow();
        for (Client c : clients) {
            c.callback().succeeded();
        }
        clients.clear();
    }
}
