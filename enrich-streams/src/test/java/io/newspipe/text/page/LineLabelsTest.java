package io.newspipe.text.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LineLabelsTest {
    private static final int TITLE = LineLabels.of(LineRole.TITLE, true);
    private static final int TAIL = LineLabels.of(LineRole.TAIL, false);
    private static final int PARA = LineLabels.of(LineRole.PARA, false);

    @Test
    void aContinuationIsContToTheAssemblerButRemembersWhatItContinues() {
        int titleWrap = LineLabels.continuing(LineRole.TITLE);
        int tailWrap = LineLabels.continuing(LineRole.TAIL);
        assertEquals(LineRole.CONT, LineLabels.role(titleWrap));
        assertEquals(LineRole.CONT, LineLabels.role(tailWrap));
        assertNotEquals(titleWrap, tailWrap);
        assertFalse(LineLabels.opens(titleWrap));
        assertEquals(LineRole.TAIL, LineLabels.role(TAIL));
        assertTrue(LineLabels.opens(TITLE));
        assertEquals(LineRole.TITLE, LineLabels.continued(titleWrap));
        assertEquals(LineRole.TAIL, LineLabels.continued(tailWrap));
        assertThrows(IllegalArgumentException.class, () -> LineLabels.continued(TITLE));
    }

    @Test
    void aContinuationFollowsOnlyItsOwnRoleOrItsOwnContinuation() {
        int titleWrap = LineLabels.continuing(LineRole.TITLE);
        assertTrue(LineLabels.CONSTRAINT.allowed(TITLE, titleWrap));
        assertTrue(LineLabels.CONSTRAINT.allowed(titleWrap, titleWrap));
        assertFalse(LineLabels.CONSTRAINT.allowed(PARA, titleWrap), "a paragraph does not wrap into a headline");
        assertFalse(LineLabels.CONSTRAINT.allowed(LineLabels.continuing(LineRole.PARA), titleWrap));
        assertFalse(LineLabels.CONSTRAINT.allowed(-1, titleWrap), "a page does not start with a continuation");
        assertTrue(LineLabels.CONSTRAINT.allowed(titleWrap, PARA));
        assertTrue(LineLabels.CONSTRAINT.allowed(-1, TITLE));
        assertFalse(LineLabels.CONSTRAINT.allowed(-1, PARA), "the first line opens an article");
        for (int label = 0; label < LineLabels.COUNT; label++) {
            assertFalse(LineLabels.role(label) == LineRole.CONT && LineLabels.opens(label),
                    "a continuation never opens an article");
        }
    }

    @Test
    void aPagesTruthGivesEachContinuationTheRoleBeforeIt() {
        assertArrayEquals(new int[] {LineLabels.of(LineRole.SUBHEAD, false), LineLabels.continuing(LineRole.SUBHEAD),
                        LineLabels.continuing(LineRole.SUBHEAD), TAIL},
                LineLabels.of(List.of(LineRole.SUBHEAD, LineRole.CONT, LineRole.CONT, LineRole.TAIL),
                        List.of(false, false, false, false)));
        assertArrayEquals(new int[] {PARA}, LineLabels.of(List.of(LineRole.CONT), List.of(false)),
                "nothing to continue: a paragraph");
        assertThrows(IllegalArgumentException.class, () -> LineLabels.of(LineRole.CONT, false));
    }
}
