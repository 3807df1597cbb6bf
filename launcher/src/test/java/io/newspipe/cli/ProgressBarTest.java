package io.newspipe.cli;

import io.newspipe.ingest.PageProducer;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBarTest {
    private static final PageProducer.Outcome SENT = new PageProducer.Outcome(PageProducer.Outcome.Kind.SENT, "id", null);

    @Test
    void aLargeReplayInALogPrintsATenthAtATimeAndEveryRejection() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ProgressBar bar = new ProgressBar(new PrintStream(buf, true, StandardCharsets.UTF_8), false);
        for (int i = 1; i <= 100; i++) {
            bar.step(i, 100, i * 1000L, Path.of("p" + i), i == 50
                    ? new PageProducer.Outcome(PageProducer.Outcome.Kind.REJECTED, "x", "not valid UTF-8") : SENT);
        }
        String[] lines = buf.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(12, lines.length, String.join("\n", lines));
        assertTrue(lines[lines.length - 1].startsWith("[##############################] 100% 100/100 pages, 0.1 MB, 1 rejected"),
                lines[lines.length - 1]);
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("rejected p50: not valid UTF-8"));
    }

    @Test
    void theBarFillsInProportion() {
        String line = new ProgressBar(new PrintStream(new ByteArrayOutputStream()), true).line(5, 10, 2_500_000);
        assertTrue(line.startsWith("[###############...............]  50% 5/10 pages, 2.5 MB"), line);
    }
}
