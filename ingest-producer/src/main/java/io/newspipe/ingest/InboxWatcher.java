package io.newspipe.ingest;

import io.newspipe.model.SourceIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A watched inbox: files that appear under {@code dir} (recursively, matching a glob) are sent, then moved to
 * {@code dir/processed/}; rejected ones go to {@code dir/failed/} with {@code <name>.error} beside them saying why.
 *
 * <ul>
 *   <li>Only regular files inside the inbox are read: a symbolic link is moved to failed/ with the reason, never
 *   followed; anything resolving outside the inbox is skipped.</li>
 *   <li>A file is sent once it is at least {@code minAge} old and its size and modification time were the same at
 *   the previous poll: a file still being written waits. What was sent is what is moved: a file whose bytes changed
 *   after they were read stays, and is sent again once stable.</li>
 *   <li>A file over the page limit is rejected by its size, without reading it.</li>
 *   <li>When the broker does not answer, the scan stops and the file stays for a later one.</li>
 *   <li>No failure on one file stops the loop; {@link #state()} says how the last scan went.</li>
 * </ul>
 *
 * <p>Crash safety comes from the sender's ledger: a file sent and acknowledged but not yet moved is found again on the
 * next scan, reported as already seen and moved, so it is neither re-sent nor skipped. Not thread-safe: one thread
 * calls {@link #scanOnce()}, or {@link #run()} until interrupted or {@link #stop()}ped; {@link #state()} may be read
 * from any thread.
 */
public final class InboxWatcher implements Runnable {
    private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);
    /** Longest file name most file systems take, in bytes; {@code <name>.error} must fit. */
    private static final int MAX_NAME_BYTES = 255;

    /** What one scan did. */
    public record Scan(int sent, int alreadySeen, int failed) {
    }

    /** How the watcher is doing: when it last finished a scan, and what stopped the last one early (or null). */
    public record State(Instant lastScan, String problem) {
    }

    private record Stamp(long size, long modified) {
    }

    private final Path dir;
    private final Path processed;
    private final Path failed;
    private final PathMatcher glob;
    private final Duration minAge;
    private final Duration pollInterval;
    private final PageSender sender;
    private final Clock clock;
    private Map<Path, Stamp> lastSeen = new HashMap<>();
    private final Map<Path, Stamp> unmovable = new HashMap<>();
    private volatile State state = new State(null, null);
    private volatile boolean stopping;

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

    public State state() {
        return state;
    }

    /** Ends {@link #run()} after the file in hand: a file is never abandoned halfway through its send. */
    public void stop() {
        stopping = true;
    }

    @Override
    public void run() {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                scanOnce();
            } catch (RuntimeException e) {
                // A scan that fails as a whole (the inbox vanished, a bug) is reported and tried again next poll.
                log.warn("inbox scan failed: {}", e.toString());
                state = new State(clock.instant(), "scan failed: " + e.getMessage());
            }
            try {
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
        String problem = null;
        List<Path> ready = readyFiles();
        for (Path link : links) {
            // Never followed: a link could point anywhere the process may read. It goes to failed/ with the reason.
            bad++;
            failQuietly(link, dir.relativize(link), "a symbolic link: the inbox reads only regular files, never what a "
                    + "link points to");
        }
        for (Path f : ready) {
            if (stopping) {
                break;
            }
            Path rel = dir.relativize(f);
            try {
                switch (handle(f, rel)) {
                    case SENT -> sent++;
                    case SEEN -> seen++;
                    case REJECTED -> bad++;
                    case LEFT -> { }
                }
            } catch (PageProducer.SendFailedException e) {
                // The broker, not the file: leave it, and the rest, for a later scan.
                problem = "cannot send: " + e.getMessage();
                log.warn("inbox paused: {}", e.getMessage());
                break;
            } catch (RuntimeException e) {
                bad++;
                failQuietly(f, rel, "cannot process: " + e);
            }
        }
        state = new State(clock.instant(), problem);
        return new Scan(sent, seen, bad);
    }

    private enum Handled { SENT, SEEN, REJECTED, LEFT }

    private Handled handle(Path f, Path rel) {
        long size;
        byte[] data;
        try {
            size = Files.size(f);
            if (size > sender.maxPageBytes()) {
                PageProducer.Outcome o = sender.rejectOversize(rel.toString(), size);
                moveToFailed(f, rel, o.reason());
                return Handled.REJECTED;
            }
            data = Files.readAllBytes(f);
        } catch (IOException e) {
            moveToFailed(f, rel, "cannot read: " + e.getMessage());
            return Handled.REJECTED;
        }
        PageProducer.Outcome o = sender.send(rel.toString(), data);
        if (o.kind() == PageProducer.Outcome.Kind.REJECTED) {
            moveToFailed(f, rel, o.reason());
            return Handled.REJECTED;
        }
        if (!unchangedSince(f, o.sourceId())) {
            log.warn("{} changed while it was being sent; it stays in the inbox and is sent again once stable", rel);
            return Handled.LEFT;
        }
        move(f, processed.resolve(rel));
        return o.kind() == PageProducer.Outcome.Kind.SENT ? Handled.SENT : Handled.SEEN;
    }

    /** Whether the file still holds the bytes that were sent (their hash is the source id). */
    private static boolean unchangedSince(Path f, String sourceId) {
        try {
            return SourceIds.forBytes(Files.readAllBytes(f)).equals(sourceId);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Regular files under the inbox (symbolic links not followed, hidden files and the processed/failed folders left
     * out), old enough, unchanged since the previous poll, oldest first.
     */
    private List<Path> readyFiles() {
        Map<Path, Stamp> now = new HashMap<>();
        List<Path> ready = new ArrayList<>();
        links.clear();
        if (!Files.isDirectory(dir)) {
            lastSeen = now;
            return ready;
        }
        Instant youngest = clock.instant().minus(minAge);
        Path realDir = realPath(dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> !p.startsWith(processed) && !p.startsWith(failed))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> glob.matches(p.getFileName()))
                    .forEach(p -> {
                        BasicFileAttributes a = attributes(p);
                        if (a != null && a.isSymbolicLink()) {
                            links.add(p);
                            return;
                        }
                        if (a == null || !a.isRegularFile() || realDir == null || !realPath(p).startsWith(realDir)) {
                            return;
                        }
                        Stamp stamp = new Stamp(a.size(), a.lastModifiedTime().toMillis());
                        now.put(p, stamp);
                        if (stamp.equals(lastSeen.get(p)) && !stamp.equals(unmovable.get(p))
                                && !a.lastModifiedTime().toInstant().isAfter(youngest)) {
                            ready.add(p);
                        }
                    });
        } catch (IOException | UncheckedIOException e) {
            // A file vanished mid-walk (moved by someone else): the next scan sees the new state.
        }
        lastSeen = now;
        unmovable.keySet().retainAll(now.keySet());
        ready.sort(Comparator.comparing((Path p) -> now.get(p).modified()).thenComparing(p -> p));
        return ready;
    }

    /** Symbolic links the last scan found in the inbox: failed at once, never read. */
    private final List<Path> links = new ArrayList<>();

    private static BasicFileAttributes attributes(Path p) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return Path.of("/nonexistent-" + System.nanoTime());
        }
    }

    /** Moves to failed/ with the reason; if even that fails, the file is left and skipped until it changes. */
    private void failQuietly(Path f, Path rel, String reason) {
        try {
            moveToFailed(f, rel, reason);
        } catch (RuntimeException e) {
            log.warn("cannot move {} to failed/ ({}); it is skipped until it changes", rel, e.getMessage());
            unmovable.put(f, lastSeen.get(f));
        }
    }

    private void moveToFailed(Path f, Path rel, String reason) {
        Path target = failed.resolve(rel);
        move(f, target);
        try {
            Files.writeString(reasonFile(target), reason + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("cannot write the reason for {}: {} (the reason: {})", target, e.getMessage(), reason);
        }
    }

    /** {@code <name>.error}, shortened (keeping a hash of the whole name) when the name is near the file-name limit. */
    static Path reasonFile(Path target) {
        String name = target.getFileName().toString();
        String reason = name + ".error";
        if (reason.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) {
            return target.resolveSibling(reason);
        }
        StringBuilder shortName = new StringBuilder();
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            String c = new String(Character.toChars(cp));
            if ((shortName + c).getBytes(StandardCharsets.UTF_8).length > 180) {
                break;
            }
            shortName.append(c);
            i += Character.charCount(cp);
        }
        return target.resolveSibling(shortName + "~" + SourceIds.forText(name) + ".error");
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
