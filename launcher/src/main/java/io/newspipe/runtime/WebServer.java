package io.newspipe.runtime;

import io.newspipe.ingest.HttpReplies;
import org.eclipse.jetty.http.pathmap.PathSpec;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.PathMappingsHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.net.InetSocketAddress;

/**
 * The pipeline's HTTP endpoint (Jetty): routes by exact path ({@code /articles}, {@code /health}, {@code /metrics},
 * and what else is mounted), a bounded thread pool, idle and header limits (431 for oversized headers), JSON errors.
 * Handlers must not block a Jetty thread on Kafka or a database for long; {@code /health} answers from a snapshot.
 * Start once, close once.
 */
public final class WebServer implements AutoCloseable {
    /** Longest a connection may sit idle (a stalled upload included) before it is closed. */
    static final long IDLE_TIMEOUT_MS = 20_000;
    private final Server server;
    private final ServerConnector connector;
    private final PathMappingsHandler routes = new PathMappingsHandler();

    public WebServer(InetSocketAddress bind) {
        QueuedThreadPool threads = new QueuedThreadPool(32, 4, 60_000);
        threads.setName("http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setRequestHeaderSize(16 * 1024);
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        http.setIdleTimeout(IDLE_TIMEOUT_MS);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(bind.getHostString());
        connector.setPort(bind.getPort());
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.setHandler(routes);
        server.setErrorHandler(new JsonErrors());
        server.setStopTimeout(5_000);
    }

    /** Serves {@code spec} ({@code /exact}, {@code /prefix/*}, or {@code /} for everything else) with {@code handler}. */
    public WebServer route(String spec, Handler handler) {
        routes.addMapping(PathSpec.from(spec), handler);
        return this;
    }

    public WebServer start() throws Exception {
        server.start();
        return this;
    }

    /** The bound address: the port is the real one when 0 was asked for. */
    public InetSocketAddress address() {
        return new InetSocketAddress(connector.getHost(), connector.getLocalPort());
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            // Stopping is best effort; the process is going away.
        }
    }

    /** Errors Jetty answers itself (404, 400, 431, 500 …) as JSON, never as a page with a stack trace. */
    private static final class JsonErrors implements Request.Handler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() >= 400 ? response.getStatus() : 404;
            Object message = request.getAttribute("org.eclipse.jetty.server.error_message");
            HttpReplies.error(response, callback, status, message != null ? message.toString()
                    : status == 404 ? "no such endpoint: " + request.getHttpURI().getPath() : "HTTP " + status);
            return true;
        }
    }

    /** A handler for one method, answering 405 to others. */
    public static Handler only(String method, Request.Handler handler) {
        return new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                if (!method.equals(request.getMethod())) {
                    HttpReplies.error(response, callback, 405, "use " + method);
                    return true;
                }
                return handler.handle(request, response, callback);
            }
        };
    }
}
