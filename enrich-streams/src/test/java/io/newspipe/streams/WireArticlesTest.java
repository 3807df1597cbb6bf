package io.newspipe.streams;

import io.newspipe.model.Article;
import io.newspipe.model.Json;
import io.newspipe.model.JsonSerde;
import io.newspipe.model.Topics;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WireArticlesTest {
    private static final List<String> PARAGRAPHS = List.of("第一段说社区网格员当天走访了居民。", "第二段，记者了解到。");

    private static Article article() {
        return Article.split("aaaaaaaaaaaaaaaa-01", "aaaaaaaaaaaaaaaa", "test", 1, "标题", null, List.of("张三"),
                PARAGRAPHS, List.of(), List.of(), true, "hash", Instant.parse("2026-11-29T00:00:00Z"));
    }

    @Test
    void theTextGoesOnceAndComesBackWhole() {
        Article a = article();
        byte[] wire = WireArticles.articles().serializer().serialize("t", a);
        String json = new String(wire, StandardCharsets.UTF_8);
        assertEquals(1, json.split("第一段", -1).length - 1, "the text once: " + json);
        assertEquals(a, WireArticles.articles().deserializer().deserialize("t", wire));
        assertTrue(wire.length < Json.write(a).length);

        Outcome o = Outcome.of(a);
        byte[] outcome = WireArticles.outcomes().serializer().serialize("t", o);
        assertEquals(o, WireArticles.outcomes().deserializer().deserialize("t", outcome));
    }

    @Test
    void aBodyThatIsNotItsParagraphsJoinedIsKeptAsItIs() {
        for (String body : List.of(String.join("", PARAGRAPHS), String.join("\n", PARAGRAPHS) + "\n",
                PARAGRAPHS.get(0), "")) {
            Article a = article().withBody(body);
            assertFalse(WireArticles.isJoined(body, a.paragraphs()), body);
            assertEquals(a, WireArticles.articles().deserializer().deserialize("t",
                    WireArticles.articles().serializer().serialize("t", a)));
        }
        assertTrue(WireArticles.isJoined("", List.of()));
        assertTrue(WireArticles.isJoined("\n", List.of("", "")));
    }

    @Test
    void recordsWrittenWithTheirBodyAndOtherOutcomesReadAsBefore() {
        Article a = article();
        assertEquals(a, WireArticles.articles().deserializer().deserialize("t", Topics.ENRICHED.valueSerde().serializer()
                .serialize("t", a)));
        byte[] old = new JsonSerde<>(Outcome.class).serializer().serialize("t", Outcome.of(a));
        assertEquals(Outcome.of(a), WireArticles.outcomes().deserializer().deserialize("t", old));
        assertNull(WireArticles.articles().serializer().serialize("t", null));
        assertNull(WireArticles.outcomes().deserializer().deserialize("t", null));
    }
}
