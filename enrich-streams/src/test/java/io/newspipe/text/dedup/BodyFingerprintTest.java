package io.newspipe.text.dedup;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class BodyFingerprintTest {
    @Test
    void layoutDoesNotChangeTheFingerprint() {
        String a = "3月22日，祁阳市工会工作会议召开，总结2023年工作。";
        String b = " 3 月 22 日，祁阳市工会\n工作会议召开，总 结 ２０２３年工作。";
        String c = "**3月22日**，祁阳市工会工作会议召开，总结2023年工作";
        assertEquals(BodyFingerprint.of(a), BodyFingerprint.of(b));
        assertEquals(BodyFingerprint.of(a), BodyFingerprint.of(c));
    }

    @Test
    void aChangedCharacterOrNumberChangesIt() {
        assertNotEquals(BodyFingerprint.of("签约金额近90亿元"), BodyFingerprint.of("签约金额近91亿元"));
        assertEquals(16, BodyFingerprint.of("任何文本").length());
    }
}
