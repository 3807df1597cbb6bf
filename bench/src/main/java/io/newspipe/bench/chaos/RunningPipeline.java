package io.newspipe.bench.chaos;

import io.newspipe.runtime.FreePorts;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code pipeline run} in a process of its own, on a free HTTP port, with a short inbox poll so that scenarios are
 * quick. Restartable over the same state directory, as after a crash. Not thread-safe.
 */
final class RunningPipeline implements AutoCloseable {
    final Path state;
    final int port;
    private final List<String> extra;
    private PipelineProcess process;

    RunningPipeline(Path state, List<String> extra) {
        this.state = state;
        this.extra = extra;
        this.port = FreePorts.pick();
    }

    Path inbox() {
        return state.resolve("inbox");
    }

    /** Starts the process; the seconds until /health says UP (-1: never within {@code max}). */
    double start(Duration max) throws Exception {
        List<String> args = new ArrayList<>(List.of("run", "--state-dir", state.toString(), "--http-port",
                String.valueOf(port), "--min-age", "300ms", "--poll", "200ms"));
        args.addAll(extra);
        process = PipelineProcess.start(state.resolveSibling(state.getFileName() + ".log"), args);
        return process.awaitUp(port, max);
    }

    PipelineProcess process() {
        return process;
    }

    String jdbcUrl() {
        int i = extra.indexOf("--jdbc-url");
        return i >= 0 ? extra.get(i + 1) : Store.sqlite(state);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.close();
        }
    }
}
