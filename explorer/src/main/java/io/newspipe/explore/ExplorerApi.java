package io.newspipe.explore;

import io.newspipe.ingest.HttpReplies;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code GET /api/...}: the JSON API the pages are a client of (see the README for each endpoint). Bad parameters
 * get 400 with a message, unknown ids 404, a store that cannot be read 503; never a stack trace. With a token
 * configured, a request needs {@code Authorization: Bearer <token>} or the {@code newspipe_token} cookie the page
 * sets. Queries run on the calling thread and are short (indexed, limited). Thread-safe.
 */
final class ExplorerApi extends Handler.Abstract {
    private static final Logger log = LoggerFactory.getLogger(ExplorerApi.class);
    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private final ExplorerStore store;
    private final SearchQueries search;
    private final ArticleQueries articles;
    private final FigureQueries figures;
    private final PipelineView pipeline;
    private final LiveFeed live;
    private final byte[] token;

    ExplorerApi(ExplorerStore store, PipelineView pipeline, LiveFeed live, String token) {
        this.store = store;
        this.search = new SearchQueries(store);
        this.articles = new ArticleQueries(store);
        this.figures = new FigureQueries(store);
        this.pipeline = pipeline;
        this.live = live;
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        try {
            if (!"GET".equals(request.getMethod())) {
                HttpReplies.error(response, callback, 405, "use GET");
            } else if (!authorised(request)) {
                HttpReplies.error(response, callback, 401, "missing or wrong token");
            } else if (path.equals("/api/live")) {
                if (!live.subscribe(response, callback)) {
                    HttpReplies.error(response, callback, 503, "too many live subscribers; try again later");
                }
            } else {
                route(path, params(request), response, callback);
            }
        } catch (IllegalArgumentException e) {
            HttpReplies.error(response, callback, 400, e.getMessage());
        } catch (SQLException e) {
            log.warn("explorer: {} failed on the store", path, e);
            HttpReplies.error(response, callback, 503, "the store cannot answer now: " + e.getMessage());
        } catch (Exception e) {
            log.warn("explorer: {} failed", path, e);
            HttpReplies.error(response, callback, 503, "the explorer could not answer: " + e.getClass().getSimpleName());
        }
        return true;
    }

    private void route(String path, Map<String, List<String>> p, Response response, Callback callback) throws Exception {
        if (!path.equals("/api/pipeline") && !path.equals("/api/dead-letters") && !store.ready()) {
            HttpReplies.error(response, callback, 503, "the store has no tables yet: nothing has been written to it");
            return;
        }
        switch (path) {
            case "/api/search" -> HttpReplies.json(response, callback, 200, search.search(SearchQuery.parse(p)));
            case "/api/entities" -> HttpReplies.json(response, callback, 200, Map.of("entities", figures.topEntities(
                    required(p, "type"), optional(p, "from"), optional(p, "to"), SearchQuery.number(p, "limit", 20, 1, 200))));
            case "/api/entities/trend" -> HttpReplies.json(response, callback, 200, Map.of("days",
                    figures.trend(required(p, "type"), required(p, "text"))));
            case "/api/places" -> {
                Map<String, Object> place = figures.place(required(p, "place"));
                if (place == null) {
                    HttpReplies.error(response, callback, 404, "no place known by " + required(p, "place"));
                } else {
                    HttpReplies.json(response, callback, 200, place);
                }
            }
            case "/api/subjects" -> HttpReplies.json(response, callback, 200, Map.of("subjects",
                    figures.subjects(SearchQuery.first(p, "q", ""), SearchQuery.number(p, "limit", 20, 1, 200))));
            case "/api/indicators" -> HttpReplies.json(response, callback, 200, Map.of("subject", required(p, "subject"),
                    "rows", figures.indicators(required(p, "subject"))));
            case "/api/indicators.csv" -> {
                response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION, "attachment; filename=\"indicators.csv\"");
                HttpReplies.text(response, callback, 200, "text/csv; charset=utf-8",
                        Csv.of(figures.indicators(required(p, "subject"))));
            }
            case "/api/latest" -> HttpReplies.json(response, callback, 200, Map.of("articles",
                    figures.latest(SearchQuery.number(p, "limit", 20, 1, 200))));
            case "/api/pipeline" -> {
                Map<String, Object> out = new LinkedHashMap<>(pipeline.status());
                out.put("store", store.describe());
                out.put("storeCounts", store.ready() ? figures.counts() : Map.of());
                HttpReplies.json(response, callback, 200, out);
            }
            case "/api/dead-letters" -> HttpReplies.json(response, callback, 200, Map.of("deadLetters",
                    pipeline.deadLetters(SearchQuery.number(p, "limit", 50, 1, 500))));
            default -> {
                if (path.startsWith("/api/articles/")) {
                    String id = path.substring("/api/articles/".length());
                    if (!ARTICLE_ID.matcher(id).matches()) {
                        throw new IllegalArgumentException("not an article id: " + id);
                    }
                    Map<String, Object> a = articles.article(id);
                    if (a == null) {
                        HttpReplies.error(response, callback, 404, "no article " + id);
                    } else {
                        HttpReplies.json(response, callback, 200, a);
                    }
                } else {
                    HttpReplies.error(response, callback, 404, "no such endpoint: " + path);
                }
            }
        }
    }

    private boolean authorised(Request request) {
        if (token == null) {
            return true;
        }
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header != null && same(header, "Bearer ")) {
            return true;
        }
        for (org.eclipse.jetty.http.HttpCookie c : Request.getCookies(request)) {
            if (c.getName().equals("newspipe_token") && same(c.getValue(), "")) {
                return true;
            }
        }
        return false;
    }

    /** Compares in constant time, so the answer's timing tells nothing of the token. */
    private boolean same(String given, String prefix) {
        byte[] expected = (prefix + new String(token, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected);
    }

    private static Map<String, List<String>> params(Request request) {
        Fields fields = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Fields.Field f : fields) {
            out.put(f.getName(), f.getValues());
        }
        return out;
    }

    private static String required(Map<String, List<String>> p, String name) {
        String v = SearchQuery.first(p, name, "").strip();
        if (v.isEmpty()) {
            throw new IllegalArgumentException("parameter " + name + " is required");
        }
        if (v.length() > SearchQuery.MAX_QUERY) {
            throw new IllegalArgumentException(name + " is too long");
        }
        return v;
    }

    private static String optional(Map<String, List<String>> p, String name) {
        String v = SearchQuery.first(p, name, "").strip();
        return v.isEmpty() ? null : v;
    }
}
