package io.newspipe.ingest;

import io.newspipe.model.SourceIds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxWatcherTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** A sender with a real decoder and ledger, recording what it sent (as text). */
    private static final class Recording implements PageSender {
        final List<String> sent = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
        final SentLedger ledger;
        final CharsetDetector detector = new CharsetDetector();
        boolean brokerDown;
        int oversize;

        Recording(SentLedger ledger) {
            this.ledger = ledger;
        }

        @Override
        public PageProducer.Outcome send(String source, byte[] data) {
            if (brokerDown) {
                throw new PageProducer.SendFailedException("the broker did not acknowledge " + source, null);
            }
            String id = SourceIds.forBytes(data);
            if (ledger.contains(id)) {
                return new PageProducer.Outcome(PageProducer.Outcome.Kind.SEEN, id, null);
            }
            try {
                texts.add(detector.decode(data, null).text());
            } catch (CharsetDetector.UndecodableException e) {
                return new PageProducer.Outcome(PageProducer.Outcome.Kind.REJECTED, id, e.getMessage());
            }
            sent.add(source);
            ledger.record(id);
            return new PageProducer.Outcome(PageProducer.Outcome.Kind.SENT, id, null);
        }

        @Override
        public PageProducer.Outcome rejectOversize(String source, long bytes) {
            oversize++;
            return new PageProducer.Outcome(PageProducer.Outcome.Kind.REJECTED, null, "page of " + bytes + " bytes is over the limit");
        }

        @Override
        public int maxPageBytes() {
            return 1000;
        }
    }

    private static Path write(Path dir, String name, byte[] data, Duration age) throws Exception {
        Path f = dir.resolve(name);
        Files.createDirectories(f.getParent());
        Files.write(f, data);
        Files.setLastModifiedTime(f, FileTime.from(NOW.minus(age)));
        return f;
    }

    private static InboxWatcher watcher(Path inbox, String glob, PageSender sender) {
        return new InboxWatcher(inbox, glob, Duration.ofSeconds(2), Duration.ofSeconds(1), sender, CLOCK);
    }

    @Test
    void goodPagesAreSentAndMovedGarbageFailsWithItsReason(@TempDir Path inbox) throws Exception {
        write(inbox, "a.txt", "页面一：正文。".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        write(inbox, "sub/b.txt", "页面二：正文。".getBytes(Charset.forName("GBK")), Duration.ofMinutes(1));
        byte[] noise = new byte[900];
        new Random(1).nextBytes(noise);
        write(inbox, "c.txt", noise, Duration.ofMinutes(1));
        write(inbox, "young.txt", "还在写".getBytes(StandardCharsets.UTF_8), Duration.ofMillis(100));
        write(inbox, "skip.pdf", "不是文本".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        Recording sender = new Recording(new SentLedger(null));
        InboxWatcher w = watcher(inbox, "*.txt", sender);

        assertEquals(new InboxWatcher.Scan(0, 0, 0), w.scanOnce(), "the first poll only notes sizes and times");
        assertEquals(new InboxWatcher.Scan(2, 0, 1), w.scanOnce());
        assertEquals(List.of("a.txt", "sub/b.txt"), sender.sent);
        assertTrue(Files.exists(inbox.resolve("processed/a.txt")));
        assertTrue(Files.exists(inbox.resolve("processed/sub/b.txt")));
        assertTrue(Files.exists(inbox.resolve("failed/c.txt")));
        assertTrue(Files.readString(inbox.resolve("failed/c.txt.error")).contains("not valid"));
        assertTrue(Files.exists(inbox.resolve("young.txt")), "a file younger than the minimum age waits");
        assertTrue(Files.exists(inbox.resolve("skip.pdf")), "the glob decides what is a page");
        assertEquals(new InboxWatcher.Scan(0, 0, 0), w.scanOnce(), "processed/ and failed/ are not scanned again");
        assertNull(w.state().problem());
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
        InboxWatcher w = watcher(inbox, "*", second);
        w.scanOnce();
        assertEquals(new InboxWatcher.Scan(1, 1, 0), w.scanOnce());
        assertEquals(List.of("b.txt"), second.sent, "a.txt is not sent again, b.txt is not skipped");
        assertTrue(Files.exists(inbox.resolve("processed/a.txt")));
        assertFalse(Files.exists(inbox.resolve("a.txt")));
    }

    @Test
    void aSymbolicLinkIsNeverFollowed(@TempDir Path dir) throws Exception {
        Path inbox = Files.createDirectories(dir.resolve("inbox"));
        Path secret = write(dir, "secret.txt", "机密文件的内容。".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        Files.createSymbolicLink(inbox.resolve("link.txt"), secret);
        Files.createSymbolicLink(inbox.resolve("dirlink"), dir);
        Recording sender = new Recording(new SentLedger(null));
        InboxWatcher w = watcher(inbox, "*", sender);
        assertEquals(new InboxWatcher.Scan(0, 0, 2), w.scanOnce(), "both links fail at once, not a poll later");
        assertEquals(new InboxWatcher.Scan(0, 0, 0), w.scanOnce());
        assertTrue(sender.sent.isEmpty(), "nothing a link points to is read");
        assertTrue(Files.isSymbolicLink(inbox.resolve("failed/link.txt")), "the link itself moved to failed/");
        assertTrue(Files.readString(inbox.resolve("failed/link.txt.error")).contains("symbolic link"));
        assertEquals("机密文件的内容。", Files.readString(secret), "the target is untouched");
        assertTrue(Files.isSymbolicLink(inbox.resolve("failed/dirlink")));
    }

    @Test
    void aFileStillBeingWrittenIsSentWholeOnceItStopsChanging(@TempDir Path inbox) throws Exception {
        Path f = write(inbox, "slow.txt", "第一段。".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        Recording sender = new Recording(new SentLedger(null));
        InboxWatcher w = watcher(inbox, "*", sender);
        w.scanOnce();
        // An append between two polls (old enough by its time stamp, but its size changed): not yet.
        Files.write(f, "第二段。".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        Files.setLastModifiedTime(f, FileTime.from(NOW.minusSeconds(30)));
        assertEquals(new InboxWatcher.Scan(0, 0, 0), w.scanOnce());
        assertEquals(new InboxWatcher.Scan(1, 0, 0), w.scanOnce());
        assertEquals(List.of("第一段。第二段。"), sender.texts, "sent whole");
        assertEquals("第一段。第二段。", Files.readString(inbox.resolve("processed/slow.txt")));
    }

    @Test
    void aFileOverTheLimitIsRejectedByItsSizeAndTheNextOneStillGoes(@TempDir Path inbox) throws Exception {
        write(inbox, "big.txt", new byte[5000], Duration.ofMinutes(2));
        write(inbox, "next.txt", "下一页。".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        Recording sender = new Recording(new SentLedger(null));
        InboxWatcher w = watcher(inbox, "*", sender);
        w.scanOnce();
        assertEquals(new InboxWatcher.Scan(1, 0, 1), w.scanOnce());
        assertEquals(1, sender.oversize);
        assertTrue(Files.readString(inbox.resolve("failed/big.txt.error")).contains("over the limit"));
        assertTrue(Files.exists(inbox.resolve("processed/next.txt")));
    }

    @Test
    void aRejectedFileWithAVeryLongNameStillGetsItsReason(@TempDir Path inbox) throws Exception {
        String name = "长".repeat(80) + ".txt"; // 244 bytes: "<name>.error" would be over 255
        write(inbox, name, new byte[]{(byte) 0x80, (byte) 0x81, (byte) 0xFF, 0x01}, Duration.ofMinutes(1));
        write(inbox, "next.txt", "下一页。".getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(30));
        Recording sender = new Recording(new SentLedger(null));
        InboxWatcher w = watcher(inbox, "*", sender);
        w.scanOnce();
        assertEquals(new InboxWatcher.Scan(1, 0, 1), w.scanOnce());
        assertTrue(Files.exists(inbox.resolve("failed").resolve(name)));
        try (var reasons = Files.list(inbox.resolve("failed"))) {
            assertEquals(1, reasons.filter(p -> p.toString().endsWith(".error")).count());
        }
    }

    @Test
    void whenTheBrokerIsDownFilesWaitAndGoOnceItIsBack(@TempDir Path inbox) throws Exception {
        write(inbox, "a.txt", "页面一：正文。".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(1));
        Recording sender = new Recording(new SentLedger(null));
        sender.brokerDown = true;
        InboxWatcher w = watcher(inbox, "*", sender);
        w.scanOnce();
        assertEquals(new InboxWatcher.Scan(0, 0, 0), w.scanOnce());
        assertTrue(w.state().problem().startsWith("cannot send"), w.state().problem());
        assertTrue(Files.exists(inbox.resolve("a.txt")), "not failed: the page is fine");
        sender.brokerDown = false;
        assertEquals(new InboxWatcher.Scan(1, 0, 0), w.scanOnce());
        assertNull(w.state().problem());
    }
}
