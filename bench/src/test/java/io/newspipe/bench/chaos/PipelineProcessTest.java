package io.newspipe.bench.chaos;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineProcessTest {
    @Test
    void runsThePipelineScriptsCollectorUnlessTheOptionsNameOne() {
        List<String> plain = PipelineProcess.command(List.of("-Xmx512m"), List.of("replay", "seeds"));
        assertTrue(plain.contains(PipelineProcess.COLLECTOR), plain.toString());
        assertTrue(plain.indexOf(PipelineProcess.COLLECTOR) < plain.indexOf("-Xmx512m"), plain.toString());
        assertEquals(List.of("io.newspipe.cli.Main", "replay", "seeds"), plain.subList(plain.size() - 3, plain.size()));

        List<String> g1 = PipelineProcess.command(List.of("-Xmx512m", "-XX:+UseG1GC"), List.of("replay", "seeds"));
        assertFalse(g1.contains(PipelineProcess.COLLECTOR), g1.toString());
        assertTrue(g1.contains("-XX:+UseG1GC"), g1.toString());
    }
}
