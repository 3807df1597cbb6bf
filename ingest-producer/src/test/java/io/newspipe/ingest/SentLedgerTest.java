package io.newspipe.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SentLedgerTest {
    @Test
    void whatWasRecordedIsKnownAfterARestart(@TempDir Path dir) {
        Path file = dir.resolve("sub/sent.ledger");
        SentLedger first = new SentLedger(file);
        first.record("a");
        first.record("b");
        first.record("a");
        SentLedger second = new SentLedger(file);
        assertTrue(second.contains("a"));
        assertTrue(second.contains("b"));
        assertFalse(second.contains("c"));
        assertEquals(2, second.size());
    }
}
