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

    @Test
    void utf8WithAFewForeignBytesIsRejectedNotReadAsGb18030() throws Exception {
        byte[] utf8 = "衡阳日报讯 网格员当天解决漏水问题，居民纷纷点赞。".repeat(5).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = "中文".getBytes(java.nio.charset.Charset.forName("GBK"));
        byte[] mixed = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, mixed, 0, 60);
        System.arraycopy(gbk, 0, mixed, 60, gbk.length);
        System.arraycopy(utf8, 60, mixed, 60 + gbk.length, utf8.length - 60);
        CharsetDetector.UndecodableException e = assertThrows(CharsetDetector.UndecodableException.class,
                () -> new CharsetDetector().decode(mixed, null));
        assertTrue(e.getMessage().startsWith("UTF-8 with ") && e.getMessage().contains("mixed or corrupt encoding"), e.getMessage());
        // A whole page in GBK is still read as GB18030.
        assertEquals("GB18030", new CharsetDetector().decode("衡阳日报讯 网格员当天解决漏水问题。".repeat(5)
                .getBytes(java.nio.charset.Charset.forName("GBK")), null).charset());
    }
}
