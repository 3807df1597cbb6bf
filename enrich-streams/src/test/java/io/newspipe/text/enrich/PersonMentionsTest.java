package io.newspipe.text.enrich;

import io.newspipe.text.ner.BioSentence.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PersonMentionsTest {
    private static List<String> texts(String line, List<Span> spans) {
        return spans.stream().map(s -> line.substring(s.start(), s.end())).toList();
    }

    @Test
    void aLineOfNamesAloneIsReadAsNames() {
        assertEquals(List.of("刘建华", "周小红"), texts("刘建华 周小红", PersonMentions.namesOnly("刘建华 周小红")));
        assertNull(PersonMentions.namesOnly("今天天气很好"));
        assertNull(PersonMentions.namesOnly("刘建华"), "one name is no byline");
    }

    @Test
    void creditedNamesStopAtTheNextRole() {
        String line = "本报讯（记者王晓明 通讯员刘芳）";
        assertEquals(List.of("王晓明", "刘芳"), texts(line, PersonMentions.addCredits(line, List.of())));
    }

    @Test
    void fiveOrSixCharactersThatReadAsTwoNamesAreCut() {
        String line = "王建国李雪在现场";
        assertEquals(List.of("王建国", "李雪"), texts(line, PersonMentions.splitGlued(line, new Span(0, 5, "PER"))));
        assertEquals(List.of("欧阳建国"), texts("欧阳建国", PersonMentions.splitGlued("欧阳建国", new Span(0, 4, "PER"))));
    }
}
