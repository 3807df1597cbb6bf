package io.newspipe.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxWatcherTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A sender with a real decoder and ledger, recording what it sent. */
    private static final class Recording implements PageSender {
        final List<String> sent = new ArrayList<>();
        final SentLedger ledger;
        final CharsetDetector detector = new CharsetDetector();

        Recording(SentLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        public PageProducer.Outcome send(String source, byte[] data) {
            String id = io.newspipe.model.SourceIds.forBytes(data);
            if (ledger.contains(id)) {
                return new PageProducer.Outcome(PageProducer.Outcome.Kind.SEEN, id, null);
            }
            try {
                detector.decode(data, null);
            } catch (CharsetDetector.UndecodableException e) {
                return new PageProducer.Outcome(PageProducer.Outcome.Kind.REJECTED, id, e.getMessage());
            }
            sent.add(source);
            ledger.record(id);
            return new PageProducer.Outcome(PageProducer.Outcome.Kind.SENT, id, null);
        }
    }

    private static Path write(Path dir, String name, byte[] data, Duration age) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, data);
        Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
        return f;
    }

    @Test
    void goodPagesAreSentAndMovedGarbageFailsWithItsReason(@TempDir Path inbox) throws Exception {
        write(inbox, "a.txt", "页面一：正文。".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        write(inbox, "sub/b.txt", "页面二：正文。".getBytes(Charset.forName("GBK")), Duration.ofMinutes(1));
        byte[] noise = new byte[2048];
        new Random(1).nextBytes(noise);
        write(inbox, "c.txt", noise, Duration.ofMinutes(1));
        write(inbox, "young.txt", "还在写".getBytes(StandardCharsets.UTF_8), Duration.ofMillis(100));
        write(inbox, "skip.pdf", "不是文本".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        Recording sender = new Recording(new SentLedger(null));
        InboxWatcher w = new InboxWatcher(inbox, "*.txt", Duration.ofSeconds(2), Duration.ofSeconds(1), sender, CLOCK);

        assertEquals(new InboxWatcher.Scan(2, 0, 1), w.scanOnce());
        assertEquals(List.of("a.txt", "sub/b.txt"), sender.sent);
        assertTrue(Files.exists(inbox.resolve("processed/a.txt")));
        assertTrue(Files.exists(inbox.resolve("processed/sub/b.txt")));
        assertTrue(Files.exists(inbox.resolve("failed/c.txt")));
        assertTrue(Files.readString(inbox.resolve("failed/c.txt.error")).contains("not valid"));
        assertTrue(Files.exists(inbox.resolve("young.txt")), "a file younger than the minimum age waits");
        assertTrue(Files.exists(inbox.resolve("skip.pdf")), "the glob decides what is a page");
        assertEquals(new InboxWatcher.Scan(0, 0, 0), w.scanOnce(), "processed/ and failed/ are not scanned again");
    }

    @Test
    void aCrashBetweenSendAndMoveNeitherResendsNorSkips(@TempDir Path dir) throws Exception {
        Path inbox = dir.resolve("inbox");
        Path ledgerFile = dir.resolve("ledger");
        write(inbox, "a.txt", "页面一：正文。".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        write(inbox, "b.txt", "页面二：正文。".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(2));
        // The first run sends a.txt's bytes and dies before moving it (simulated: the ledger has it, the file stays).
        Recording first = new Recording(new SentLedger(ledgerFile));
        first.send("a.txt", Files.readAllBytes(inbox.resolve("a.txt")));

        Recording second = new Recording(new SentLedger(ledgerFile));
        InboxWatcher w = new InboxWatcher(inbox, "*", Duration.ofSeconds(2), Duration.ofSeconds(1), second, CLOCK);
        assertEquals(new InboxWatcher.Scan(1, 1, 0), w.scanOnce());
        assertEquals(List.of("b.txt"), second.sent, "a.txt is not sent again, b.txt is not skipped");
        assertTrue(Files.exists(inbox.resolve("processed/a.txt")));
        assertFalse(Files.exists(inbox.resolve("a.txt")));
    }
}
