package io.newspipe.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CharsetDetectorTest {
    private static final String PAGE = "衡阳日报讯（全媒体记者 向吟）全市工业用电量累计76.20亿千瓦时。\n";
    private final CharsetDetector detector = new CharsetDetector();

    @Test
    void detectsUtf8WithAndWithoutBomGbkAndUtf16() throws Exception {
        assertEquals(new CharsetDetector.Decoded(PAGE, "UTF-8"), detector.decode(PAGE.getBytes(StandardCharsets.UTF_8), null));
        byte[] bom = concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PAGE.getBytes(StandardCharsets.UTF_8));
        assertEquals(PAGE, detector.decode(bom, null).text());
        CharsetDetector.Decoded gbk = detector.decode(PAGE.getBytes(Charset.forName("GBK")), null);
        assertEquals(PAGE, gbk.text());
        assertEquals("GB18030", gbk.charset());
        byte[] utf16 = concat(new byte[]{(byte) 0xFF, (byte) 0xFE}, PAGE.getBytes(StandardCharsets.UTF_16LE));
        assertEquals(new CharsetDetector.Decoded(PAGE, "UTF-16LE"), detector.decode(utf16, null));
    }

    @Test
    void randomBytesAreRejectedWithAReason() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        CharsetDetector.UndecodableException e = assertThrows(CharsetDetector.UndecodableException.class,
                () -> detector.decode(noise, null));
        assertTrue(e.getMessage().contains("not valid") || e.getMessage().contains("control characters"), e.getMessage());
        assertThrows(CharsetDetector.UndecodableException.class, () -> detector.decode(new byte[0], null));
    }

    @Test
    void aForcedCharsetIsUsedAndChecked() throws Exception {
        assertEquals(PAGE, detector.decode(PAGE.getBytes(Charset.forName("GBK")), Charset.forName("GBK")).text());
        assertThrows(CharsetDetector.UndecodableException.class,
                () -> detector.decode(PAGE.getBytes(Charset.forName("GBK")), StandardCharsets.UTF_8));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
