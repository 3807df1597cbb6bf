package io.newspipe.explore;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnippetsTest {
    @Test
    void theWindowOpensBeforeTheFirstHitAndMarksEveryTermInIt() {
        String body = "开头".repeat(40) + "今年全市用电量同比增长，工业用电量贡献最大。" + "结尾".repeat(80);
        Snippets.Snippet s = Snippets.of(body, List.of("用电量", "增长"));
        assertTrue(s.text().startsWith("…") && s.text().endsWith("…"));
        assertEquals(3, s.marks().size());
        for (int[] m : s.marks()) {
            String marked = s.text().substring(m[0], m[1]);
            assertTrue(marked.equals("用电量") || marked.equals("增长"), marked);
        }
    }

    @Test
    void latinTermsMatchWithoutCaseAndNoHitGivesTheBeginning() {
        Snippets.Snippet s = Snippets.of("The GDP grew.", List.of("gdp"));
        assertEquals("GDP", s.text().substring(s.marks().get(0)[0], s.marks().get(0)[1]));
        Snippets.Snippet none = Snippets.of("第一段\n第二段", List.of("无关"));
        assertEquals("第一段 第二段", none.text());
        assertTrue(none.marks().isEmpty());
    }
}
