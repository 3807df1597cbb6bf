package io.newspipe.explore;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SearchQueryTest {
    @Test
    void wordsBecomeTermsWithoutQuotesOrRepeatsAndFacetsAreKept() {
        SearchQuery q = SearchQuery.parse(Map.of("q", List.of(" 网格　\"用电量\" 网格 "), "person", List.of("张三", " "),
                "page", List.of("2")));
        assertEquals(List.of("网格", "用电量"), q.terms());
        assertEquals(Map.of("person", List.of("张三")), q.filters());
        assertEquals(2, q.page());
        assertEquals(20, q.size());
    }

    @Test
    void anEmptyQueryListsEverything() {
        SearchQuery q = SearchQuery.parse(Map.of());
        assertTrue(q.terms().isEmpty());
        assertTrue(q.filters().isEmpty());
    }

    @Test
    void badParametersAreRefusedWithAMessage() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse(Map.of("q", List.of("a".repeat(201)))))
                .getMessage().contains("201"));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse(Map.of("q", List.of("a b c d e f g h i"))));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse(Map.of("page", List.of("0"))));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse(Map.of("size", List.of("x"))));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse(Map.of("day", List.of("2026-1-1"))));
    }
}
