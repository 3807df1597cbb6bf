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

    @Test
    void aPageSentAgainAfterACrashKeepsTheTimeItWasFirstGiven(@TempDir Path dir) {
        Path file = dir.resolve("sent.ledger");
        SentLedger first = new SentLedger(file);
        java.time.Instant t1 = java.time.Instant.ofEpochMilli(1000);
        assertEquals(t1, first.reserve("a", t1));
        assertEquals(java.time.Instant.ofEpochMilli(2000), first.reserve("b", java.time.Instant.ofEpochMilli(2000)));
        first.record("b");
        SentLedger second = new SentLedger(file); // the crash: "a" was never acknowledged
        assertFalse(second.contains("a"));
        assertEquals(t1, second.reserve("a", java.time.Instant.ofEpochMilli(9000)));
        assertEquals(java.time.Instant.ofEpochMilli(9000), second.reserve("c", java.time.Instant.ofEpochMilli(9000)));
        assertTrue(second.contains("b"));
        assertEquals(1, second.size());
    }
}
