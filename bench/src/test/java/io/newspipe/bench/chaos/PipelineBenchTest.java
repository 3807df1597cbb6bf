package io.newspipe.bench.chaos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PipelineBenchTest {
    @Test
    void theLargestHeapLeftAfterACollectionIsReadFromTheGcLog(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gc.log");
        Files.writeString(log, """
                [0.012s][info][gc] Using G1
                [1.204s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 25M->6M(512M) 4.120ms
                [9.876s][info][gc] GC(7) Pause Young (Concurrent Start) (G1 Humongous Allocation) 301M->188M(512M) 11.3ms
                [9.990s][info][gc] GC(8) Concurrent Mark Cycle 98.1ms
                [12.50s][info][gc] GC(9) Pause Full (G1 Compaction Pause) 490M->97M(512M) 210.0ms
                """);
        assertEquals(188, PipelineBench.maxHeapAfterGcMb(log));
        assertEquals(-1, PipelineBench.maxHeapAfterGcMb(dir.resolve("missing.log")));
    }

    @Test
    void theSecondHalfsPaceIsItsShareOfTheArticlesOverItsSeconds(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("articles.db");
        assertEquals(Double.NaN, PipelineBench.secondHalfShare(url), "no table yet");
        Instant t0 = Instant.parse("2026-11-28T04:00:00Z");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE articles (id TEXT PRIMARY KEY, updated_at TEXT)");
            // Ten articles: the first five within a second (warm-up aside), then one every 2 s from the sixth.
            for (int i = 0; i < 10; i++) {
                Instant t = i < 5 ? t0.plusMillis(200L * i) : t0.plusSeconds(10 + 2L * (i - 5));
                s.execute("INSERT INTO articles VALUES ('a" + i + "', '" + t + "')");
            }
        }
        // From the sixth (index 5, at 10 s) to the last (at 18 s): 4 of 10 articles in 8 s.
        assertEquals(0.4 / 8, PipelineBench.secondHalfShare(url), 1e-9);
    }

    @Test
    void stateBytesCountEveryFileBelow(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("streams/0_1"));
        Files.write(dir.resolve("streams/0_1/a.sst"), new byte[300]);
        Files.write(dir.resolve("streams/b"), new byte[20]);
        assertEquals(320, PipelineBench.bytes(dir.resolve("streams")));
        assertEquals(0, PipelineBench.bytes(dir.resolve("nothing")));
    }
}
