package io.newspipe.text.enrich;

import io.newspipe.model.DateMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DateExtractorTest {
    @Test
    void fullDatesAndDatesWithoutYear() {
        List<DateMention> d = new DateExtractor().extract("2024年11月4日上午，队员出发；12月29日，寒潮来袭。", null);
        assertEquals(List.of(new DateMention("2024年11月4日", "2024-11-04"), new DateMention("12月29日", "2024-12-29")), d);
        assertEquals("--03-19", new DateExtractor().extract("3月19日晚", null).get(0).iso());
        assertEquals("2025-07-28", new DateExtractor().extract("7月28日", 2025).get(0).iso());
        assertEquals(List.of(), new DateExtractor().extract("13月40日", 2025));
    }
}
