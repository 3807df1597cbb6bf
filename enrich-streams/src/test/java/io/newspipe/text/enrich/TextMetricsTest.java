package io.newspipe.text.enrich;

import io.newspipe.model.Metrics;
import io.newspipe.text.Chars;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextMetricsTest {
    @Test
    void countsAndReadingTime() {
        String body = "天心区构建五级治理体系。网格员第一时间协调！问题当天就解决了？\n居民纷纷点赞。";
        Metrics m = new TextMetrics().measure(body, 2, 1, 0);
        assertEquals(body.length(), m.chars());
        assertEquals(Chars.countCjk(body), m.cjkChars());
        assertEquals(4, m.sentences());
        assertEquals(2, m.paragraphs());
        assertEquals(Math.round(m.cjkChars() / 400.0 * 10) / 10.0, m.readingMinutes());
        assertFalse(m.keywords().isEmpty());
        assertTrue(body.contains(m.summary().replace("。", "").substring(0, 4)));
    }
}
