package io.newspipe.cli;

import io.newspipe.runtime.ContinuousRun;
import io.newspipe.runtime.PipelineLogs;
import io.newspipe.runtime.PipelineOptions;
import io.newspipe.sink.JdbcUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Callable;

@Command(name = "run", description = "Run continuously: a watched inbox and an HTTP endpoint feed the pipeline; Ctrl-C stops it cleanly.")
final class RunCommand implements Callable<Integer> {
    /** How long a stop may take before the process is halted with what it was stuck in. */
    static final Duration SHUTDOWN_DEADLINE = Duration.ofSeconds(60);

    @Mixin
    RuntimeOptions where;
    @Option(names = "--inbox", description = "Watched directory (default: <state-dir>/inbox). Sent files move to processed/, rejected ones to failed/ with a .error file.")
    Path inbox;
    @Option(names = "--glob", defaultValue = "*", description = "Which file names are pages (default: ${DEFAULT-VALUE}).")
    String glob;
    @Option(names = "--min-age", defaultValue = "2s", converter = Durations.class, description = "Files younger than this are still being written (default: ${DEFAULT-VALUE}; 500ms, 0.5s and PT0.5S all work).")
    Duration minAge;
    @Option(names = "--poll", defaultValue = "1s", converter = Durations.class, description = "Inbox scan interval (default: ${DEFAULT-VALUE}).")
    Duration poll;
    @Mixin
    HttpOptions http;
    @Option(names = "--charset", description = "Decode input with this charset instead of detecting it.")
    Charset charset;

    @Override
    public Integer call() throws Exception {
        PipelineOptions options = where.options();
        PipelineLogs.useStateDir(options.stateDir());
        Path box = inbox != null ? inbox : options.stateDir().resolve("inbox");
        ContinuousRun run = new ContinuousRun(options, new ContinuousRun.Inputs(box, glob, minAge, poll, http.bind,
                http.port, http.token(), charset)).start();
        Thread hook = new Thread(() -> {
            System.out.println("stopping…");
            closeWithin(run, SHUTDOWN_DEADLINE);
        }, "pipeline-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        System.out.println("watching " + box.toAbsolutePath() + " (" + glob + ")");
        if (run.httpAddress() != null) {
            String base = "http://" + run.httpAddress().getHostString() + ":" + run.httpAddress().getPort();
            System.out.println("explorer " + base + "/, POST " + base + "/articles, GET " + base + "/health, GET " + base + "/metrics");
        }
        System.out.println("kafka " + run.runtime().bootstrapServers() + ", store "
                + JdbcUrls.redact(options.effectiveJdbcUrl()) + ", logs " + PipelineLogs.file() + "; Ctrl-C stops");
        String why = run.fatal().get();
        // Only a fatal failure gets here (a stop by signal ends in the hook): stop, and say why, non-zero.
        System.err.println("pipeline stopping: " + why + " (logs: " + PipelineLogs.file() + ")");
        Runtime.getRuntime().removeShutdownHook(hook);
        closeWithin(run, SHUTDOWN_DEADLINE);
        return 1;
    }

    /** Closes {@code run}; when that takes longer than {@code deadline}, prints where it is stuck and halts (exit 2). */
    static void closeWithin(AutoCloseable run, Duration deadline) {
        Thread closer = new Thread(() -> {
            try {
                run.close();
            } catch (Exception e) {
                System.err.println("error while stopping: " + e);
            }
        }, "pipeline-close");
        closer.start();
        try {
            closer.join(deadline.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (closer.isAlive()) {
            StackTraceElement[] stuck = closer.getStackTrace();
            System.err.println("stopping took longer than " + deadline.toSeconds() + " s; stuck in:");
            Arrays.stream(stuck).limit(12).forEach(f -> System.err.println("    at " + f));
            Runtime.getRuntime().halt(2);
        }
    }
}
