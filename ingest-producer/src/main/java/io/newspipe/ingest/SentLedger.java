package io.newspipe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The source ids this producer has had acknowledged by the broker, one per line, appended after each ack. After a
 * crash a rerun skips what is in the ledger; a page acked but not yet recorded is sent again, and the streams app,
 * which has seen it with the same time, drops it as a redelivery without a record, so nothing is skipped and nothing
 * is stored twice.
 *
 * <p>Before a page is sent its time is reserved ({@code ? <id> <epoch ms>}): a page sent again after a crash keeps
 * the time it was first given, so it keeps its place among the pages sent around it, the dedup stage, which keeps
 * the earlier of two copies, keeps the same copy as an uninterrupted run would, and the repair stage knows the resend
 * for what it is. A reservation is written without a sync: a process crash keeps it (the page cache survives); a
 * machine crash may lose it, and then the resend is a replay with a time of its own (a {@code replay} record in the
 * store, the order of copies changed).
 *
 * <p>{@code null} path = in memory only. Thread-safe (the producer's callbacks record into it).
 */
public final class SentLedger {
    private static final String RESERVED = "? ";
    private final Path file;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Instant> reserved = new HashMap<>();

    public SentLedger(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.startsWith(RESERVED)) {
                        String[] f = line.substring(RESERVED.length()).strip().split(" ");
                        if (f.length == 2) {
                            reserved.putIfAbsent(f[0], Instant.ofEpochMilli(Long.parseLong(f[1])));
                        }
                    } else if (!line.isBlank()) {
                        ids.add(line.strip());
                    }
                }
            } catch (IOException | NumberFormatException e) {
                throw new IllegalStateException("cannot read the sent ledger " + file + ": " + e.getMessage(), e);
            }
        }
    }

    public synchronized boolean contains(String sourceId) {
        return ids.contains(sourceId);
    }

    /**
     * The time of the page {@code sourceId}: the one reserved for it before, if a send of it was started and never
     * acknowledged, else {@code now}, reserved from here on.
     */
    public synchronized Instant reserve(String sourceId, Instant now) {
        Instant before = reserved.get(sourceId);
        if (before != null) {
            return before;
        }
        reserved.put(sourceId, now);
        append(RESERVED + sourceId + " " + now.toEpochMilli() + "\n", false);
        return now;
    }

    public synchronized void record(String sourceId) {
        if (!ids.add(sourceId)) {
            return;
        }
        reserved.remove(sourceId);
        append(sourceId + "\n", true);
    }

    private void append(String line, boolean sync) {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            if (sync) {
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND, StandardOpenOption.SYNC);
            } else {
                Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the sent ledger " + file, e);
        }
    }

    public synchronized int size() {
        return ids.size();
    }
}
