package io.newspipe.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuntimeOptionsTest {
    @Test
    void noWarmUpUnlessAskedAndTheCountAskedFor() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs();
        assertEquals(0, run.where.options().warmUpPages(), "a start, and a restart after a crash, is not lengthened");
        ReplayCommand replay = new ReplayCommand();
        new CommandLine(replay).parseArgs("--warm-up", "200", "seeds");
        assertEquals(200, replay.where.options().warmUpPages());
    }

    @Test
    void aNegativeWarmUpIsRefused() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("--warm-up", "-1");
        assertThrows(IllegalArgumentException.class, () -> run.where.options());
    }
}
