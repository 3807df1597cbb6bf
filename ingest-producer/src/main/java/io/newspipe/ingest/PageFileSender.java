package io.newspipe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;

/**
 * Sends files and directories ({@code replay}, {@code send}): a window of pages in flight at once, so the broker's
 * acknowledgements overlap with reading the next files, while progress is told in file order. A file over the page
 * limit is rejected by its size, without reading it. Not thread-safe.
 */
public final class PageFileSender {
    /** Pages in flight at once. */
    static final int WINDOW = 32;
    private final PageProducer producer;

    public PageFileSender(PageProducer producer) {
        this.producer = producer;
    }

    /** What one call sent: pages sent now, pages the ledger says were sent before, inputs rejected with reasons. */
    public record Report(int sent, int alreadySeen, List<String> rejected, long bytes) {
    }

    /** Told after each file: how far along, which file, what became of it. */
    @FunctionalInterface
    public interface Progress {
        void step(int done, int total, long bytesDone, Path file, PageProducer.Outcome outcome);
    }

    private record Pending(Path file, long size, CompletableFuture<PageProducer.Outcome> outcome) {
    }

    /**
     * Files and directories (recursively, sorted by path so that reruns see the same order; hidden files and
     * symbolic links skipped).
     *
     * @param progress told after each file; may be null
     * @throws PageProducer.SendFailedException when the broker stops answering (what was acked is in the ledger)
     */
    public Report send(List<Path> paths, Progress progress) {
        List<Path> files = list(paths);
        int[] counts = new int[2];
        long[] bytes = {0};
        List<String> rejected = new ArrayList<>();
        Deque<Pending> window = new ArrayDeque<>();
        int done = 0;
        for (Path f : files) {
            window.add(submit(f));
            if (window.size() >= WINDOW) {
                done = finish(window.poll(), ++done, files.size(), counts, bytes, rejected, progress);
            }
        }
        while (!window.isEmpty()) {
            done = finish(window.poll(), ++done, files.size(), counts, bytes, rejected, progress);
        }
        return new Report(counts[0], counts[1], rejected, bytes[0]);
    }

    private Pending submit(Path f) {
        try {
            long size = Files.size(f);
            if (size > producer.maxPageBytes()) {
                return new Pending(f, size, CompletableFuture.completedFuture(
                        producer.rejectOversize(f.getFileName().toString(), size)));
            }
            return new Pending(f, size, producer.sendAsync(f.getFileName().toString(), Files.readAllBytes(f)));
        } catch (IOException e) {
            return new Pending(f, 0, CompletableFuture.completedFuture(
                    new PageProducer.Outcome(PageProducer.Outcome.Kind.REJECTED, null, "cannot read: " + e.getMessage())));
        }
    }

    private int finish(Pending p, int done, int total, int[] counts, long[] bytes, List<String> rejected, Progress progress) {
        PageProducer.Outcome o;
        try {
            o = p.outcome().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        switch (o.kind()) {
            case SENT -> {
                counts[0]++;
                bytes[0] += p.size();
            }
            case SEEN -> counts[1]++;
            case REJECTED -> rejected.add(p.file() + ": " + o.reason());
        }
        if (progress != null) {
            progress.step(done, total, bytes[0], p.file(), o);
        }
        return done;
    }

    static List<Path> list(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                            .filter(f -> !f.getFileName().toString().startsWith(".")).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
