package io.newspipe.streams;

import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether the streams app's local state can be trusted at start: only after a clean stop.
 *
 * <p>Kafka Streams 4.3 keeps each store's changelog offset in the store itself (KIP-1035) and flushes the stores
 * before it commits their transaction, writing the offset after. A process killed between the two leaves in a store
 * the writes of a transaction that never committed, under an offset that says nothing of them; the next start finds
 * the offset, does not wipe, and restores the committed changelog on top of them. The writes stay: a page's "seen"
 * entry, for one, after which the page's own redelivery is dropped and its articles are lost (seen once in CI after a
 * kill -9 in the first seconds of a run). Before store-managed offsets, Streams wiped an EOS task's state when it had
 * no checkpoint; this puts that back: a marker written after a clean close, and a start without it wipes the tasks'
 * local state, which is then restored from the changelogs (committed writes only). The process metadata beside the
 * task directories stays: it holds the process id, hence the transactional id, and a new one would leave the killed
 * run's open transaction to its timeout instead of fencing it at once.
 *
 * <p>Not thread-safe: one per runtime, used at start and close.
 */
public final class CleanStop {
    private static final Logger log = LoggerFactory.getLogger(CleanStop.class);
    /** A task's directory: {@code <subtopology>_<partition>}, with a named topology's suffix if any. */
    private static final Pattern TASK_DIR = Pattern.compile("\\d+_\\d+(_.+)?");
    private final Path marker;
    private final Path appState;

    /**
     * @param marker   where the clean stop is recorded
     * @param appState the application's directory under the streams state dir (absent on a first start)
     */
    CleanStop(Path marker, Path appState) {
        this.marker = marker;
        this.appState = appState;
    }

    /** For the app whose {@code state.dir} is {@code streamsStateDir}: the marker lies beside the app's directory. */
    public static CleanStop of(Path streamsStateDir) {
        return new CleanStop(streamsStateDir.resolve("clean-stop"), streamsStateDir.resolve(TopologyNames.APPLICATION_ID));
    }

    /**
     * Before the streams app starts: wipes the tasks' local state if the last stop was not clean, then forgets the
     * marker, so a crash of this run is seen as one by the next. Returns how many task directories it wiped.
     */
    public int beforeStart() {
        try {
            boolean clean = Files.deleteIfExists(marker);
            List<Path> tasks = taskDirs();
            if (clean || tasks.isEmpty()) {
                return 0;
            }
            log.warn("the streams app did not stop cleanly last time: its local state may hold writes of a transaction"
                    + " that never committed; wiping {} task directories under {} to restore them from the changelogs",
                    tasks.size(), appState);
            for (Path task : tasks) {
                deleteTree(task);
            }
            return tasks.size();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot wipe the streams app's local state under " + appState, e);
        }
    }

    /**
     * After {@code streams.close(…)}: records a clean stop if it returned in time ({@code closedInTime}) and the app
     * ended NOT_RUNNING (an app that went to ERROR may have closed tasks dirty: the next start wipes and restores).
     */
    public void afterClose(KafkaStreams streams, boolean closedInTime) {
        if (closedInTime && streams.state() == KafkaStreams.State.NOT_RUNNING) {
            recordCleanStop();
        }
    }

    /** After the streams app closed cleanly (its stores flushed and their offsets written). */
    void recordCleanStop() {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "streams closed cleanly\n");
        } catch (IOException e) {
            // The next start then wipes and restores: slower, never wrong.
            log.warn("cannot write the clean-stop marker {}: {}", marker, e.getMessage());
        }
    }

    private List<Path> taskDirs() throws IOException {
        if (!Files.isDirectory(appState)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(appState)) {
            return entries.filter(p -> Files.isDirectory(p) && TASK_DIR.matcher(p.getFileName().toString()).matches())
                    .sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
