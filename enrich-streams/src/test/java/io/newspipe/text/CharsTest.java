package io.newspipe.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsTest {
    @Test
    void theFastPathsOfIsCjkAgreeWithTheScriptOfEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            boolean han = Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            if (han != Chars.isCjk(c)) {
                assertEquals(han, Chars.isCjk(c), "U+" + Integer.toHexString(c));
            }
        }
        assertTrue(Chars.isCjk('衡'));
        assertTrue(Chars.isCjk(0x20000), "an extension B ideograph");
        assertFalse(Chars.isCjk('，'));
        assertFalse(Chars.isCjk('A'));
    }
}
