package io.newspipe.bench.chaos;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code pipeline} command in a process of its own, as a user runs it: the same launcher, its output appended to
 * a log file, stopped by SIGTERM or killed by SIGKILL. Not thread-safe.
 */
final class PipelineProcess implements AutoCloseable {
    /** The collector the {@code pipeline} script starts the JVM with: what the benches and the suites run too. */
    static final String COLLECTOR = "-XX:+UseSerialGC";
    private static final Pattern KAFKA = Pattern.compile("kafka (\\S+?),");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final Path log;

    private PipelineProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code pipeline args…} with the suite's own class path. */
    static PipelineProcess start(Path log, List<String> args) throws IOException {
        return start(log, List.of("-Xmx1g"), args);
    }

    /**
     * The same with the pipeline JVM's own options ({@code -Xmx512m}, {@code -Xlog:gc:…}) instead of {@code -Xmx1g}.
     * The collector is the {@code pipeline} script's ({@link #COLLECTOR}) unless the options name one.
     */
    static PipelineProcess start(Path log, List<String> jvmOptions, List<String> args) throws IOException {
        List<String> command = command(jvmOptions, args);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Files.writeString(log, "\n$ pipeline " + String.join(" ", args) + "\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        return new PipelineProcess(p, log);
    }

    /** The command line of {@code pipeline args…} in a JVM of this one's java and class path. */
    static List<String> command(List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(withCollector(jvmOptions));
        command.addAll(List.of("-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"), "io.newspipe.cli.Main"));
        command.addAll(args);
        return command;
    }

    /** {@code jvmOptions} with {@link #COLLECTOR} before them, unless they name a collector themselves. */
    static List<String> withCollector(List<String> jvmOptions) {
        // Two collectors named on one command line stop the JVM: an option that names one replaces the default.
        if (jvmOptions.stream().anyMatch(o -> o.matches("-XX:\\+Use\\w+GC"))) {
            return jvmOptions;
        }
        List<String> out = new ArrayList<>(List.of(COLLECTOR));
        out.addAll(jvmOptions);
        return out;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL, as a crash or the OOM killer would: no shutdown hook runs. */
    void kill9() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, then the seconds until the process was gone, or -1 when it still runs after {@code max}. */
    double terminate(Duration max) throws InterruptedException {
        long t0 = System.nanoTime();
        process.destroy();
        return process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS) ? (System.nanoTime() - t0) / 1e9 : -1;
    }

    /** The exit code, or -1 after {@code max} (the process is then killed). */
    int waitExit(Duration max) throws InterruptedException {
        if (process.waitFor(max.toMillis(), TimeUnit.MILLISECONDS)) {
            return process.exitValue();
        }
        kill9();
        return -1;
    }

    /** The broker address {@code run} prints once it is up; null before. */
    String bootstrap() throws IOException {
        Matcher m = KAFKA.matcher(Files.readString(log, StandardCharsets.UTF_8));
        String found = null;
        while (m.find()) {
            found = m.group(1);
        }
        return found;
    }

    /** GET /health: the body, or null when nothing answers within 2 s. */
    static String health(int port) {
        try {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return r.body();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Seconds until /health says UP, or -1 when it does not within {@code max} or the process ended. */
    double awaitUp(int port, Duration max) throws InterruptedException {
        long t0 = System.nanoTime();
        long deadline = t0 + max.toNanos();
        while (System.nanoTime() < deadline && process.isAlive()) {
            String h = health(port);
            if (h != null && h.contains("\"status\":\"UP\"")) {
                return (System.nanoTime() - t0) / 1e9;
            }
            Thread.sleep(100);
        }
        return -1;
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive() && terminate(Duration.ofSeconds(90)) < 0) {
            kill9();
        }
    }
}
