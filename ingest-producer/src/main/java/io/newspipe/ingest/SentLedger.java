package io.newspipe.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The source ids this producer has had acknowledged by the broker, one per line, appended after each ack. After a
 * crash a rerun skips what is in the ledger; a page acked but not yet recorded is sent again and dropped downstream
 * as a replay, so nothing is skipped and nothing is stored twice. {@code null} path = in memory only. Thread-safe
 * (the producer's callbacks record into it).
 */
public final class SentLedger {
    private final Path file;
    private final Set<String> ids = new HashSet<>();

    public SentLedger(Path file) {
        this.file = file;
        if (file != null && Files.exists(file)) {
            try {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (!line.isBlank()) {
                        ids.add(line.strip());
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the sent ledger " + file, e);
            }
        }
    }

    public synchronized boolean contains(String sourceId) {
        return ids.contains(sourceId);
    }

    public synchronized void record(String sourceId) {
        if (!ids.add(sourceId) || file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, sourceId + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to the sent ledger " + file, e);
        }
    }

    public synchronized int size() {
        return ids.size();
    }
}
