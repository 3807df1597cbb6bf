package io.newspipe.text.enrich;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private static final Gazetteer G = Gazetteer.shared();

    @Test
    void aCountyLevelCityHasItsCodeLevelAndParent() {
        Map<String, Object> n = G.normalize("冷水江市", List.of());
        assertEquals("431381", n.get("code"));
        assertEquals("county", n.get("level"));
        assertEquals("娄底市", n.get("parent"));
        assertEquals("431381", G.normalize("冷水江", List.of()).get("code"), "the name without its suffix");
        assertTrue(G.size() > 40_000, "province, city, county and township levels: " + G.size());
    }

    @Test
    void aBareNameIsTheHigherLevelAndContextPicksAmongNamesakes() {
        assertEquals("4304", G.normalize("衡阳", List.of()).get("code"), "the city, not 衡阳县");
        assertEquals("430421", G.normalize("衡阳县", List.of()).get("code"));
        // 东城区 is Beijing's district; with 北京 in the article it is that one.
        assertEquals("110101", G.normalize("东城区", List.of("北京")).get("code"));
        assertEquals("11", G.normalize("北京", List.of()).get("code"));
        assertNull(G.normalize("巴黎", List.of()));
        assertEquals("4304", G.normalize("衡阳", List.of("衡阳市", "湖南")).get("code"), "more named ancestors are no reason to go deeper");
        assertEquals("431381", G.normalize("冷水江", List.of("冷水江市", "娄底", "湖南省")).get("code"));
    }
}
