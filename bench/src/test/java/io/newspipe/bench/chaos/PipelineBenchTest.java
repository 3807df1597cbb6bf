package io.newspipe.bench.chaos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void stateBytesCountEveryFileBelow(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("streams/0_1"));
        Files.write(dir.resolve("streams/0_1/a.sst"), new byte[300]);
        Files.write(dir.resolve("streams/b"), new byte[20]);
        assertEquals(320, PipelineBench.bytes(dir.resolve("streams")));
        assertEquals(0, PipelineBench.bytes(dir.resolve("nothing")));
    }
}
