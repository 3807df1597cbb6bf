package io.newspipe.cli;

import io.newspipe.runtime.PipelineLogs;
import io.newspipe.runtime.PipelineOptions;
import io.newspipe.runtime.PipelineRuntime;
import io.newspipe.runtime.Replay;
import io.newspipe.sink.JdbcUrls;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

@Command(name = "replay", description = "Send files and directories through the whole pipeline, wait until all of it is in the store, print a summary.")
final class ReplayCommand implements Callable<Integer> {
    @Mixin
    RuntimeOptions where;
    @Option(names = "--charset", description = "Decode input with this charset instead of detecting it.")
    Charset charset;
    @Parameters(arity = "1..*", paramLabel = "PATH")
    List<Path> paths;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        PipelineOptions options = where.options();
        PipelineLogs.useStateDir(options.stateDir());
        try (PipelineRuntime runtime = new PipelineRuntime(options).start()) {
            System.out.printf("pipeline up in %.1f s (kafka %s, store %s, logs %s)%n", (System.nanoTime() - t0) / 1e9,
                    runtime.bootstrapServers(), JdbcUrls.redact(options.effectiveJdbcUrl()), PipelineLogs.file());
            Replay.Summary s = new Replay(runtime, options).run(paths, charset,
                    new ProgressBar(System.out, System.console() != null));
            s.print(System.out);
        } catch (Exception e) {
            System.err.println("replay failed: " + e.getMessage());
            System.err.println("the embedded parts' logs: " + PipelineLogs.file());
            return 1;
        }
        if (PipelineLogs.pointer() != null) {
            System.out.println(PipelineLogs.pointer());
        }
        System.out.printf("done in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        return 0;
    }
}
