package io.newspipe.cli;

import io.newspipe.text.enrich.WarmUp;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RuntimeOptionsTest {
    @Test
    void aContinuousRunWarmsUpAndAReplayDoesNotUnlessTold() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs();
        assertEquals(WarmUp.DEFAULT_PAGES, run.options().warmUpPages());
        ReplayCommand replay = new ReplayCommand();
        new CommandLine(replay).parseArgs("seeds");
        assertEquals(0, replay.options().warmUpPages());
        ReplayCommand told = new ReplayCommand();
        new CommandLine(told).parseArgs("--warm-up", "50", "seeds");
        assertEquals(50, told.options().warmUpPages());
    }

    @Test
    void aNegativeWarmUpIsRefused() {
        RunCommand run = new RunCommand();
        new CommandLine(run).parseArgs("--warm-up", "-1");
        assertThrows(IllegalArgumentException.class, run::options);
    }
}
