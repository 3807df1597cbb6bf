package io.newspipe.bench.chaos;

import io.newspipe.runtime.TcpProxy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The store goes away under {@code pipeline run}: PostgreSQL behind a TCP proxy that is cut for {@code outage} while
 * pages keep arriving. /health must say DEGRADED with the reason, the sink must retry (counted in /metrics), and once
 * the proxy is back the store must hold exactly what a clean run writes, without a restart of the process.
 */
final class OutageScenario {
    private static final Pattern RETRIES = Pattern.compile("(?m)^newspipe_sink_retries\\S*\\s+([0-9.eE+]+)");

    private OutageScenario() {
    }

    static Result run(Path work, Settings s, List<Path> before, List<Path> during, Store.Snapshot clean) throws Exception {
        String name = "store outage of " + s.outage().toSeconds() + " s under run (PostgreSQL behind a TCP proxy)";
        String db = "chaos_" + ProcessHandle.current().pid() + "_" + System.currentTimeMillis() % 100000;
        try {
            admin("CREATE DATABASE " + db);
        } catch (SQLException e) {
            return Result.of(name, false, "NOT RUN: PostgreSQL at 127.0.0.1:5432 is not reachable (" + e.getMessage() + ")",
                    "nothing lost or duplicated, recovers without restart");
        }
        try (TcpProxy proxy = new TcpProxy(5432);
             RunningPipeline run = new RunningPipeline(work.resolve("outage-state"), List.of("--jdbc-url",
                     "jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db + "?user=postgres&connectTimeout=5"))) {
            proxy.up();
            run.start(Duration.ofMinutes(3));
            long pid = run.process().pid();
            copy(before, run.inbox());
            Runs.awaitQuiet(run.jdbcUrl(), Duration.ofSeconds(3), Duration.ofMinutes(3));
            proxy.down();
            long t0 = System.nanoTime();
            copy(during, run.inbox());
            boolean degraded = false;
            String reason = null;
            while (System.nanoTime() - t0 < s.outage().toNanos()) {
                String h = PipelineProcess.health(run.port);
                if (h != null && h.contains("\"status\":\"DEGRADED\"")) {
                    degraded = true;
                    reason = reason == null ? h : reason;
                }
                Thread.sleep(1000);
            }
            double retries = retries(run.port);
            proxy.up();
            double recovered = Runs.awaitSnapshot(run.jdbcUrl(), clean, Duration.ofMinutes(5));
            boolean sameProcess = run.process().alive() && run.process().pid() == pid;
            String up = PipelineProcess.health(run.port);
            boolean ok = degraded && retries > 0 && recovered >= 0 && sameProcess && up != null && up.contains("\"UP\"");
            return Result.of(name, ok, String.format("health DEGRADED during the outage: %s; sink retries %.0f; store equal "
                            + "to a clean run's %.1f s after the proxy came back; same process: %s; health after: %s", degraded,
                    retries, recovered, sameProcess, up != null && up.contains("\"UP\"") ? "UP" : up),
                    "nothing lost or duplicated, recovers without restart");
        } finally {
            try {
                admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
            } catch (SQLException ignored) {
                // left for a human: the name says what it was
            }
        }
    }

    static void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres")) {
            c.createStatement().execute(sql);
        }
    }

    static void copy(List<Path> pages, Path inbox) throws Exception {
        Files.createDirectories(inbox);
        for (Path p : pages) {
            Files.copy(p, inbox.resolve(p.getFileName()));
        }
    }

    private static double retries(int port) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/metrics")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = RETRIES.matcher(r.body());
        return m.find() ? Double.parseDouble(m.group(1)) : -1;
    }
}
