package io.newspipe.model;

import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonSerdeTest {
    @Test
    void anEnrichedArticleSurvivesTheWire() {
        Article a = Article.split("p-01", "p", "seed.txt", 1, "标题", null, List.of("张三"), List.of("第一段。", "第二段。"),
                List.of(), List.of(), true, "abc", Instant.parse("2026-11-25T10:00:00Z"))
                .withEnrichment(List.of(new Entity(Entity.EntityType.PLACE, "衡阳市", 1, List.of(3), Map.of("level", "city"))),
                        List.of(new Indicator("90亿元", "签约金额", 90, "亿元", new Indicator.Normalized(9e9, "CNY"), "amount", true)),
                        List.of(new DateMention("3月19日", "--03-19")),
                        new Metrics(8, 6, 2, 2, 0.0, 1, 1, List.of("标题"), "第一段。"));
        JsonSerde<Article> serde = new JsonSerde<>(Article.class);
        byte[] bytes = serde.serializer().serialize("t", a);
        assertEquals(a, serde.deserializer().deserialize("t", bytes));
        String json = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"body\":\"第一段。\\n第二段。\""), json);
        assertTrue(json.contains("\"receivedAt\":\"2026-11-25T10:00:00Z\""), json);
        assertTrue(json.contains("\"duplicateOf\":null"), json);
    }

    @Test
    void malformedInputIsASerializationErrorAndNullStaysNull() {
        JsonSerde<RawPage> serde = new JsonSerde<>(RawPage.class);
        assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize("t", "{not json".getBytes(StandardCharsets.UTF_8)));
        assertNull(serde.deserializer().deserialize("t", null));
    }

    @Test
    void unknownFieldsFromANewerProducerAreIgnored() {
        RawPage p = Json.read("{\"sourceId\":\"x\",\"text\":\"t\",\"future\":1}", RawPage.class);
        assertEquals("x", p.sourceId());
    }

    @Test
    void sourceIdsDependOnBytesOnly() {
        // The first 16 hex digits of SHA-256 over the UTF-8 bytes (computed independently, with Python's hashlib).
        assertEquals("ea1735363abb9ee7", SourceIds.forText("同一页"));
        assertEquals("ea1735363abb9ee7", SourceIds.forBytes("同一页".getBytes(StandardCharsets.UTF_8)));
        assertEquals("1881c5449795545a", SourceIds.forText("同一页 "), "one more byte, another id");
        assertEquals("abc-07", SourceIds.articleId("abc", 7));
        assertEquals(Topics.ENRICHED, Topics.byName("articles.enriched"));
        assertNull(Topics.byName("nope"));
    }
}
