package io.newspipe.ingest;

import io.newspipe.model.DeadLetter;
import io.newspipe.model.Json;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageProducerTest {
    private final MockProducer<String, byte[]> mock = new MockProducer<>(true, null, new StringSerializer(),
            new ByteArraySerializer());
    private final PageProducer producer = new PageProducer(mock, new SentLedger(null), null,
            Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));

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
}
