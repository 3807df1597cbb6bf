package io.newspipe.text.enrich;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ChineseNumeralsTest {
    @Test
    void parsesCommonForms() {
        assertEquals(3, ChineseNumerals.parse("三"));
        assertEquals(10, ChineseNumerals.parse("十"));
        assertEquals(12, ChineseNumerals.parse("十二"));
        assertEquals(2000, ChineseNumerals.parse("两千"));
        assertEquals(305, ChineseNumerals.parse("三百零五"));
        assertEquals(42, ChineseNumerals.parse("42"));
        assertThrows(NumberFormatException.class, () -> ChineseNumerals.parse("万"));
        assertEquals(3_000_000, ChineseNumerals.parseLarge("三百万"));
        assertEquals(120_000_000, ChineseNumerals.parseLarge("一亿二千万"));
        assertEquals(0, ChineseNumerals.parseLarge("十四五年"));
    }
}
