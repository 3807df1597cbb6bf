package io.newspipe.bench.chaos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import static org.junit.jupiter.api.Assertions.assertEquals;

class KillScenarioTest {
    @TempDir
    Path dir;

    @Test
    void eachRunThatCameUpIsCountedOnceInTheSharedLog() throws Exception {
        Path log = dir.resolve("kill-state.log");
        assertEquals(0, KillScenario.ups(log), "no log yet");
        Files.writeString(log, "\n$ pipeline replay pages\nbuilding…\n", StandardCharsets.UTF_8);
        assertEquals(0, KillScenario.ups(log), "started, not up");
        Files.writeString(log, "pipeline up in 6.7 s (kafka 127.0.0.1:4000, store jdbc:sqlite:x, logs y)\n[##..]\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(1, KillScenario.ups(log));
        Files.writeString(log, "\n$ pipeline replay pages\npipeline up in 7.1 s (kafka 127.0.0.1:4001, …)\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        assertEquals(2, KillScenario.ups(log));
    }
}
