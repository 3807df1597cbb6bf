package io.newspipe.cli;

import io.newspipe.ingest.PageFileSender;
import io.newspipe.ingest.PageProducer;

import java.io.PrintStream;
import java.nio.file.Path;

/**
 * Replay progress: on a terminal one line redrawn in place ({@code [#####.....] 50% 500/1000 pages …}); in a log or
 * a pipe, a line per file for small inputs and a line per tenth for large ones. Rejections are always printed.
 * Not thread-safe.
 */
final class ProgressBar implements PageFileSender.Progress {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private int rejected;
    private int lastTenth = -1;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public void step(int done, int total, long bytesDone, Path file, PageProducer.Outcome o) {
        if (o.kind() == PageProducer.Outcome.Kind.REJECTED) {
            rejected++;
            out.println((terminal ? "\r" : "") + "rejected " + file + ": " + o.reason());
        }
        if (terminal) {
            out.print("\r" + line(done, total, bytesDone) + (done == total ? "\n" : ""));
            out.flush();
        } else if (total <= 20) {
            out.printf("[%d/%d] %s %s%n", done, total, o.kind().name().toLowerCase(), file);
        } else if (done * 10 / total != lastTenth || done == total) {
            lastTenth = done * 10 / total;
            out.println(line(done, total, bytesDone));
        }
    }

    String line(int done, int total, long bytesDone) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double secs = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        return String.format("[%s%s] %3d%% %d/%d pages, %.1f MB, %d rejected, %.0f pages/s", "#".repeat(filled),
                ".".repeat(WIDTH - filled), total == 0 ? 100 : done * 100 / total, done, total, bytesDone / 1e6,
                rejected, done / secs);
    }
}
