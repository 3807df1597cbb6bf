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
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

@Command(name = "run", description = "Run continuously: a watched inbox and an HTTP endpoint feed the pipeline; Ctrl-C stops it cleanly.")
final class RunCommand implements Callable<Integer> {
    @Mixin
    RuntimeOptions where;
    @Option(names = "--inbox", description = "Watched directory (default: <state-dir>/inbox). Sent files move to processed/, rejected ones to failed/ with a .error file.")
    Path inbox;
    @Option(names = "--glob", defaultValue = "*", description = "Which file names are pages (default: ${DEFAULT-VALUE}).")
    String glob;
    @Option(names = "--min-age", defaultValue = "2s", converter = Durations.class, description = "Files younger than this are still being written (default: ${DEFAULT-VALUE}).")
    Duration minAge;
    @Option(names = "--poll", defaultValue = "1s", converter = Durations.class, description = "Inbox scan interval (default: ${DEFAULT-VALUE}).")
    Duration poll;
    @Option(names = "--http-bind", defaultValue = "127.0.0.1", description = "HTTP address (default: ${DEFAULT-VALUE}).")
    String httpBind;
    @Option(names = "--http-port", defaultValue = "8080", description = "HTTP port; 0 picks one, -1 turns HTTP off (default: ${DEFAULT-VALUE}).")
    int httpPort;
    @Option(names = "--max-body", defaultValue = "10485760", description = "Largest page accepted over HTTP, in bytes (default: ${DEFAULT-VALUE}).")
    long maxBody;
    @Option(names = "--token", defaultValue = "${env:NEWSPIPE_TOKEN}", description = "Bearer token required on POST /articles (default: $NEWSPIPE_TOKEN; none when unset).")
    String token;
    @Option(names = "--charset", description = "Decode input with this charset instead of detecting it.")
    Charset charset;

    @Override
    public Integer call() throws Exception {
        PipelineOptions options = where.options();
        PipelineLogs.useStateDir(options.stateDir());
        Path box = inbox != null ? inbox : options.stateDir().resolve("inbox");
        ContinuousRun run = new ContinuousRun(options, new ContinuousRun.Inputs(box, glob, minAge, poll, httpBind,
                httpPort, maxBody, token, charset)).start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("stopping…");
            try {
                run.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stopped.countDown();
        }, "pipeline-shutdown"));
        System.out.println("watching " + box.toAbsolutePath() + " (" + glob + ")");
        if (run.httpAddress() != null) {
            String base = "http://" + run.httpAddress().getHostString() + ":" + run.httpAddress().getPort();
            System.out.println("POST " + base + "/articles, GET " + base + "/health, GET " + base + "/metrics");
        }
        System.out.println("kafka " + run.runtime().bootstrapServers() + ", store "
                + JdbcUrls.redact(options.effectiveJdbcUrl()) + ", logs " + PipelineLogs.file() + "; Ctrl-C stops");
        stopped.await();
        return 0;
    }
}
