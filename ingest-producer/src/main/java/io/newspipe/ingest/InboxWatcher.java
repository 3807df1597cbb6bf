package io.newspipe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A watched inbox: files that appear under {@code dir} (recursively, matching a glob, and older than a minimum age so
 * half-written files are left alone) are sent, then moved to {@code dir/processed/}; unreadable or rejected ones go
 * to {@code dir/failed/} with {@code <name>.error} beside them saying why. The scan skips those two folders.
 *
 * <p>Crash safety comes from the sender's ledger: a file sent and acknowledged but not yet moved is found again on the
 * next scan, reported as already seen and moved, so it is neither re-sent nor skipped. Not thread-safe: one thread
 * calls {@link #scanOnce()}, or {@link #run()} until interrupted.
 */
public final class InboxWatcher implements Runnable {
    /** What one scan did. */
    public record Scan(int sent, int alreadySeen, int failed) {
    }

    private final Path dir;
    private final Path processed;
    private final Path failed;
    private final PathMatcher glob;
    private final Duration minAge;
    private final Duration pollInterval;
    private final PageSender sender;
    private final Clock clock;

    public InboxWatcher(Path dir, String glob, Duration minAge, Duration pollInterval, PageSender sender, Clock clock) {
        this.dir = dir.toAbsolutePath().normalize();
        this.processed = this.dir.resolve("processed");
        this.failed = this.dir.resolve("failed");
        this.glob = FileSystems.getDefault().getPathMatcher("glob:" + glob);
        this.minAge = minAge;
        this.pollInterval = pollInterval;
        this.sender = sender;
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    @Override
    public void run() {
        while (!Thread.currentThread().isInterrupted()) {
            try {
                scanOnce();
                Thread.sleep(pollInterval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Sends every ready file once, oldest first. */
    public Scan scanOnce() {
        int sent = 0;
        int seen = 0;
        int bad = 0;
        for (Path f : readyFiles()) {
            Path rel = dir.relativize(f);
            byte[] data;
            try {
                data = Files.readAllBytes(f);
            } catch (IOException e) {
                moveToFailed(f, rel, "cannot read: " + e.getMessage());
                bad++;
                continue;
            }
            PageProducer.Outcome o = sender.send(rel.toString(), data);
            switch (o.kind()) {
                case SENT -> {
                    move(f, processed.resolve(rel));
                    sent++;
                }
                case SEEN -> {
                    move(f, processed.resolve(rel));
                    seen++;
                }
                case REJECTED -> {
                    moveToFailed(f, rel, o.reason());
                    bad++;
                }
            }
        }
        return new Scan(sent, seen, bad);
    }

    private List<Path> readyFiles() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        FileTime youngest = FileTime.from(clock.instant().minus(minAge));
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.startsWith(processed) && !p.startsWith(failed))
                    .filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> glob.matches(p.getFileName()))
                    .filter(p -> lastModified(p).compareTo(youngest) <= 0)
                    .sorted((a, b) -> lastModified(a).compareTo(lastModified(b)) != 0
                            ? lastModified(a).compareTo(lastModified(b)) : a.compareTo(b))
                    .forEach(out::add);
        } catch (IOException | UncheckedIOException e) {
            // A file vanished mid-walk (moved by someone else): the next scan sees the new state.
        }
        return out;
    }

    private static FileTime lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return FileTime.fromMillis(Long.MAX_VALUE);
        }
    }

    private void moveToFailed(Path f, Path rel, String reason) {
        Path target = failed.resolve(rel);
        move(f, target);
        try {
            Files.writeString(target.resolveSibling(target.getFileName() + ".error"), reason + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reason for " + target, e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + from + " to " + to, e);
        }
    }
}
