package io.newspipe.text.ner;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionReplacementTest {
    private static BioSentence sentence(String text, String... tags) {
        return new BioSentence(text, List.of(tags));
    }

    @Test
    void entitiesAreSwappedForOthersOfTheirTypeAndTagsFollow() {
        BioSentence a = sentence("李明去北京", "B-PER", "I-PER", "O", "B-LOC", "I-LOC");
        BioSentence b = sentence("欧阳修在上海市", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "I-LOC", "I-LOC");
        List<BioSentence> out = MentionReplacement.augment(List.of(a, b), 1, 3);
        assertEquals(4, out.size());
        for (BioSentence s : out.subList(2, 4)) {
            assertEquals(s.text().length(), s.tags().size());
            List<BioSentence.Span> spans = s.spans();
            assertEquals(List.of("PER", "LOC"), spans.stream().map(BioSentence.Span::type).toList());
            String person = s.text().substring(spans.get(0).start(), spans.get(0).end());
            assertTrue(person.equals("李明") || person.equals("欧阳修"), person);
        }
        assertEquals(MentionReplacement.augment(List.of(a, b), 1, 3), out, "deterministic for a seed");
    }
}
