package io.newspipe.explore;

import org.eclipse.jetty.server.Handler;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * The explorer as a web server mounts it: the JSON API under {@code /api/}, the pages and their files, and the live
 * feed's poller. {@code pipeline run} mounts it beside the ingest endpoint (same bind, port and token);
 * {@code pipeline explore} serves it alone over an existing store. Start by mounting, close once.
 */
public final class Explorer implements AutoCloseable {
    private final ExplorerStore store;
    private final LiveFeed live;
    private final ExplorerApi api;
    private final StaticFiles files = new StaticFiles();

    /** @param token the bearer token the API asks for; null or blank for none */
    public Explorer(ExplorerStore store, PipelineView pipeline, String token, Duration livePoll) {
        this.store = store;
        this.live = new LiveFeed(store, livePoll);
        this.api = new ExplorerApi(store, pipeline, live, token);
    }

    /** Hands each path spec and its handler to {@code route} ({@code /api/*}, {@code /static/*}, …, {@code /}). */
    public Explorer mount(BiConsumer<String, Handler> route) {
        route.accept("/api/*", api);
        route.accept("/static/*", files);
        route.accept("/webjars/*", files);
        route.accept("/", files);
        live.start();
        return this;
    }

    @Override
    public void close() {
        live.close();
        store.close();
    }
}
