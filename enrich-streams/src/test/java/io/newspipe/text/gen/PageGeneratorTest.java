package io.newspipe.text.gen;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PageGeneratorTest {
    @Test
    void wrapsByPlacesWithAsciiAtHalfAPlace() {
        assertEquals(List.of("一二三四", "五六七八", "九"), PageGenerator.wrap("一二三四五六七八九", 4));
        assertEquals(List.of("于2015年10", "月成立"), PageGenerator.wrap("于2015年10月成立", 5));
        assertEquals(List.of("“快速”", "响应"), PageGenerator.wrap("“快速”响应", 4));
        assertEquals(List.of("不换行的一段"), PageGenerator.wrap("不换行的一段", 0));
    }
}
