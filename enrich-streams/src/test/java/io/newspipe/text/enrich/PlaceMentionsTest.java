package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.Segment;
import io.newspipe.text.ner.BioSentence.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PlaceMentionsTest {
    private static final Segment SEGMENT = EntityExtractor.segment();
    private static final PlaceMentions PLACES = new PlaceMentions(Gazetteer.shared());

    @Test
    void oneCharacterStandsForACountryOrProvinceOnlyAsAPlace() {
        String line = "黄说中美合作很好。";
        assertEquals("美国", PlaceMentions.abbreviation(line, new Span(3, 4, "LOC")));
        assertNull(PlaceMentions.abbreviation(line, new Span(0, 1, "LOC")));
        assertNull(PlaceMentions.abbreviation(line, new Span(3, 4, "PER")));
    }

    @Test
    void gazetteerPlacesAreFoundWhereNoMentionIs() {
        String line = "记者来到冷水江市采访。";
        List<Span> out = PLACES.addGazetteerPlaces(line, List.of(), LineWords.of(line, SEGMENT.seg(line)));
        assertEquals(List.of("冷水江市"), out.stream().map(s -> line.substring(s.start(), s.end())).toList());
    }

    @Test
    void aMentionOverTwoDivisionsBecomesItsParts() {
        String line = "长沙市天心区";
        assertEquals(List.of("长沙市", "天心区"), PLACES.splitPlaces(line, new Span(0, 6, "LOC")).stream()
                .map(s -> line.substring(s.start(), s.end())).toList());
    }
}
