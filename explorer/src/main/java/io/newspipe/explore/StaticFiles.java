package io.newspipe.explore;

import io.newspipe.ingest.HttpReplies;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages and their scripts, styles, font and chart library, served from the class path (the explorer's own files
 * under {@code explorer/}, Noto Sans SC in slices by Unicode range, ECharts from its WebJar): nothing comes from the
 * network at run time. {@code /} is the page;
 * unknown paths get a JSON 404. Files are read once and kept. Thread-safe.
 */
final class StaticFiles extends Handler.Abstract {
    static final String ECHARTS = "/webjars/echarts/echarts.min.js";
    private static final Map<String, String> FILES = Map.of(
            "/", "explorer/index.html",
            "/static/app.js", "explorer/app.js",
            "/static/app.css", "explorer/app.css",
            ECHARTS, "META-INF/resources/webjars/echarts/" + Versions.ECHARTS + "/dist/echarts.min.js");
    /** The font's slices: names only, so no path reaches the class loader from the request. */
    private static final java.util.regex.Pattern FONT = java.util.regex.Pattern.compile("/static/fonts/([a-z0-9-]{1,64}\\.(?:woff2|css))");
    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8", "woff2", "font/woff2");
    private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        String path = Request.getPathInContext(request);
        String resource = FILES.get(path);
        java.util.regex.Matcher font = FONT.matcher(path);
        if (resource == null && font.matches() && StaticFiles.class.getClassLoader().getResource("explorer/fonts/" + font.group(1)) != null) {
            resource = "explorer/fonts/" + font.group(1);
        }
        if (resource == null) {
            HttpReplies.error(response, callback, 404, "no such page: " + path);
            return true;
        }
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            HttpReplies.error(response, callback, 405, "use GET");
            return true;
        }
        byte[] bytes = cache.computeIfAbsent(resource, StaticFiles::read);
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPES.get(resource.substring(resource.lastIndexOf('.') + 1)));
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, path.equals("/") ? "no-cache"
                : resource.endsWith(".woff2") ? "max-age=86400" : "max-age=300");
        // The page runs its own scripts and nothing else, whatever an article's text holds.
        response.getHeaders().put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'");
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    private static byte[] read(String resource) {
        try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
