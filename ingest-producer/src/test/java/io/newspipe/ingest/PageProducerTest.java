package io.newspipe.ingest;

import io.newspipe.model.DeadLetter;
import io.newspipe.model.Json;
import io.newspipe.model.PageLimits;
import io.newspipe.model.RawPage;
import io.newspipe.model.SourceIds;
import io.newspipe.model.Topics;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageProducerTest {
    private final MockProducer<String, byte[]> mock = new MockProducer<>(true, null, new StringSerializer(),
            new ByteArraySerializer());
    private final SentLedger ledger = new SentLedger(null);
    private final PageProducer producer = new PageProducer(mock, ledger, null,
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC), new PageLimits(4096));

    @Test
    void aPageIsSentOnceKeyedByItsBytesWithItsCharset() {
        byte[] gbk = "衡阳日报讯 网格员当天解决漏水问题。".getBytes(Charset.forName("GBK"));
        PageProducer.Outcome first = producer.send("gbk.txt", gbk);
        assertEquals(PageProducer.Outcome.Kind.SENT, first.kind());
        assertEquals(PageProducer.Outcome.Kind.SEEN, producer.send("again.txt", gbk).kind());
        assertEquals(1, mock.history().size());
        ProducerRecord<String, byte[]> r = mock.history().get(0);
        assertEquals(Topics.RAW.name(), r.topic());
        assertEquals(SourceIds.forBytes(gbk), r.key());
        RawPage page = Json.read(r.value(), RawPage.class);
        assertEquals("GB18030", page.charset());
        assertEquals("衡阳日报讯 网格员当天解决漏水问题。", page.text());
    }

    @Test
    void eachPageGetsALaterTimeThanTheOneBeforeEvenWithinAMillisecond() {
        producer.send("a.txt", "第一页".getBytes(StandardCharsets.UTF_8));
        producer.send("b.txt", "第二页".getBytes(StandardCharsets.UTF_8));
        long t0 = mock.history().get(0).timestamp();
        long t1 = mock.history().get(1).timestamp();
        assertEquals(Instant.parse("2026-11-27T00:00:00Z").toEpochMilli(), t0, "the clock is fixed");
        assertEquals(t0 + 1, t1);
        assertEquals(Instant.ofEpochMilli(t1), Json.read(mock.history().get(1).value(), RawPage.class).receivedAt());
    }

    @Test
    void undecodableInputIsADeadLetterEveryTimeItArrivesNeverSeen() {
        byte[] noise = {(byte) 0x80, (byte) 0x81, (byte) 0xFF, 0x00, 0x01, (byte) 0xC0, (byte) 0xFE, (byte) 0xFD};
        PageProducer.Outcome first = producer.send("noise.bin", noise);
        PageProducer.Outcome again = producer.send("noise.bin", noise);
        assertEquals(PageProducer.Outcome.Kind.REJECTED, first.kind());
        assertEquals(PageProducer.Outcome.Kind.REJECTED, again.kind(), "a rejected page is rejected again, not 'seen'");
        List<ProducerRecord<String, byte[]>> sent = mock.history();
        assertEquals(2, sent.size());
        ProducerRecord<String, byte[]> r = sent.get(0);
        assertEquals(Topics.DLQ.name(), r.topic());
        DeadLetter d = Json.read(r.value(), DeadLetter.class);
        assertEquals("ingest", d.stage());
        assertEquals(SourceIds.forBytes(noise), d.key());
        assertTrue(d.error().startsWith("noise.bin: "), d.error());
        assertEquals(new String(noise, StandardCharsets.ISO_8859_1), d.value(), "the bytes, losslessly");
    }

    @Test
    void aPageOverTheLimitIsRejectedWithADeadLetterWithoutItsBytes() {
        PageProducer.Outcome o = producer.send("big.txt", new byte[5000]);
        assertEquals(PageProducer.Outcome.Kind.REJECTED, o.kind());
        assertEquals("page of 5000 bytes is over the limit of 4096 bytes", o.reason());
        DeadLetter d = Json.read(mock.history().get(0).value(), DeadLetter.class);
        assertEquals("ingest", d.stage());
        assertTrue(d.error().contains("over the limit"), d.error());
        assertEquals(null, d.value());
    }

    @Test
    void theSamePageSentConcurrentlyIsSentOnce() throws Exception {
        MockProducer<String, byte[]> slow = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        PageProducer p = new PageProducer(slow, new SentLedger(null), null, Clock.systemUTC(), new PageLimits(4096));
        byte[] page = "同一页的正文。".getBytes(StandardCharsets.UTF_8);
        CompletableFuture<PageProducer.Outcome> first = p.sendAsync("a", page);
        CompletableFuture<PageProducer.Outcome> second = p.sendAsync("b", page);
        assertFalse(first.isDone());
        assertEquals(1, slow.history().size(), "the second copy waits for the first");
        slow.completeNext();
        assertEquals(PageProducer.Outcome.Kind.SENT, first.get(5, TimeUnit.SECONDS).kind());
        assertEquals(PageProducer.Outcome.Kind.SEEN, second.get(5, TimeUnit.SECONDS).kind());
    }

    @Test
    void aPageTheBrokerDidNotAcknowledgeIsATransientFailureAndNotInTheLedger() {
        MockProducer<String, byte[]> failing = new MockProducer<>(false, null, new StringSerializer(), new ByteArraySerializer());
        PageProducer p = new PageProducer(failing, ledger, null, Clock.systemUTC(), new PageLimits(4096));
        byte[] page = "正文。".getBytes(StandardCharsets.UTF_8);
        CompletableFuture<PageProducer.Outcome> f = p.sendAsync("a", page);
        failing.errorNext(new org.apache.kafka.common.errors.TimeoutException("no broker"));
        CompletionException e = assertThrows(CompletionException.class, f::join);
        assertInstanceOf(PageProducer.SendFailedException.class, e.getCause());
        assertFalse(ledger.contains(SourceIds.forBytes(page)), "only acknowledged pages are in the ledger");
    }
}
