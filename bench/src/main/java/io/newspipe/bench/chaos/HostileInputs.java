package io.newspipe.bench.chaos;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The page bodies a hostile or careless feed sends: every byte-level shape the issue lists and more (empty, binary,
 * broken and foreign encodings, control characters, NUL, pages with no line break, endless lines, a paragraph over
 * the article limit, exact and re-encoded copies) next to a few good pages. Deterministic.
 */
final class HostileInputs {
    private HostileInputs() {
    }

    static Map<String, byte[]> bodies(String good, String other) {
        Random r = new Random(17);
        Map<String, byte[]> m = new LinkedHashMap<>();
        byte[] utf8 = good.getBytes(StandardCharsets.UTF_8);
        m.put("empty", new byte[0]);
        m.put("spaces", " ".repeat(500).getBytes(StandardCharsets.US_ASCII));
        m.put("newlines", "\n".repeat(500).getBytes(StandardCharsets.US_ASCII));
        m.put("tabs-and-cr", "\t\r\n\t \r".repeat(200).getBytes(StandardCharsets.US_ASCII));
        m.put("nul-only", new byte[100]);
        m.put("c0-controls", ascii(r, 1, 31, 2000));
        m.put("ff-bytes", filled(0xFF, 100));
        m.put("binary-4k", random(r, 4096));
        m.put("binary-64k", random(r, 65536));
        m.put("utf8-one-bad-byte", splice(utf8, utf8.length / 2, new byte[]{(byte) 0xC3, 0x28}));
        m.put("utf8-cut-mid-char", java.util.Arrays.copyOf(utf8, utf8.length - 1));
        m.put("utf16le-no-bom", good.getBytes(StandardCharsets.UTF_16LE));
        m.put("utf16be-no-bom", good.getBytes(StandardCharsets.UTF_16BE));
        m.put("utf16-bom", good.getBytes(StandardCharsets.UTF_16));
        m.put("utf8-bom", concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, other.getBytes(StandardCharsets.UTF_8)));
        m.put("gb18030", other.getBytes(Charset.forName("GB18030")));
        m.put("big5", other.getBytes(Charset.forName("Big5")));
        m.put("utf8-with-gbk-bytes", splice(other.getBytes(StandardCharsets.UTF_8), 30, "中文".getBytes(Charset.forName("GBK"))));
        m.put("nul-inside", (other.substring(0, 40) + "\u0000" + other.substring(40)).getBytes(StandardCharsets.UTF_8));
        m.put("controls-inside", (other.substring(0, 40) + "\u0007\u001b[31m\u0008" + other.substring(40)).getBytes(StandardCharsets.UTF_8));
        m.put("no-newline-200k", cjk(r, 200_000, false).getBytes(StandardCharsets.UTF_8));
        m.put("one-char-300k", "中".repeat(300_000).getBytes(StandardCharsets.UTF_8));
        m.put("100k-lines", "a\n".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
        m.put("json-text", ("{\"text\": \"" + other.replace("\n", "\\n") + "\"}").getBytes(StandardCharsets.UTF_8));
        m.put("deep-brackets", "[".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
        m.put("html", ("<html><body><h1>标题</h1><p>" + other + "</p><script>alert(1)</script></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        m.put("markdown-headings-only", "# 标题\n## 小标题\n### 再小\n".repeat(50).getBytes(StandardCharsets.UTF_8));
        m.put("punctuation-only", "，。！？；：“”（）——……".repeat(300).getBytes(StandardCharsets.UTF_8));
        m.put("emoji", "😀🎉🚀👍".repeat(500).getBytes(StandardCharsets.UTF_8));
        m.put("arabic", "هذا نص عربي للاختبار. ".repeat(200).getBytes(StandardCharsets.UTF_8));
        m.put("latin-article", ("The council met on Monday. It approved the budget and a new bridge. ".repeat(40)
                + "\n").repeat(5).getBytes(StandardCharsets.UTF_8));
        m.put("digits-only", "1234567890".repeat(1000).getBytes(StandardCharsets.US_ASCII));
        m.put("good-page", utf8);
        m.put("good-page-again", utf8.clone());
        m.put("good-page-crlf", good.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        m.put("good-page-gb18030", good.getBytes(Charset.forName("GB18030")));
        m.put("lone-surrogate-bytes", splice(other.getBytes(StandardCharsets.UTF_8), 20, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}));
        m.put("zero-width-only", "\u200B\u200C\u200D\uFEFF".repeat(500).getBytes(StandardCharsets.UTF_8));
        m.put("title-only", "仅有一个标题没有正文".getBytes(StandardCharsets.UTF_8));
        m.put("one-char", "中".getBytes(StandardCharsets.UTF_8));
        m.put("bom-only", new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        m.put("paragraph-over-article-limit", cjk(r, 120_000, false).replace("。", "").getBytes(StandardCharsets.UTF_8));
        m.put("paragraph-500-times", (other.split("\n")[0] + "\n").repeat(500).getBytes(StandardCharsets.UTF_8));
        m.put("windows-1252", "Le café est très bon. Über alles.\n".repeat(100).getBytes(Charset.forName("windows-1252")));
        m.put("shift-jis", "これは日本語のテストです。\n".repeat(100).getBytes(Charset.forName("Shift_JIS")));
        m.put("euc-kr", "이것은 한국어 시험입니다.\n".repeat(100).getBytes(Charset.forName("EUC-KR")));
        m.put("spaces-between-cjk", String.join(" ".repeat(5000), "新闻", "正文", "结束。").getBytes(StandardCharsets.UTF_8));
        m.put("bylines-only", "张福芳 付柯瞰\n（单建华 杨情陆）\n记者 王小明\n".repeat(30).getBytes(StandardCharsets.UTF_8));
        m.put("10k-blank-lines", (other.substring(0, 60) + "\n".repeat(10_000) + other.substring(60)).getBytes(StandardCharsets.UTF_8));
        m.put("rtl-override", ("\u202E" + other + "\u202C").getBytes(StandardCharsets.UTF_8));
        m.put("private-use", "\uE000\uE001\uF8FF".repeat(300).getBytes(StandardCharsets.UTF_8));
        m.put("xml-entities", "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY b \"bbbbbbbb\">]><a>&b;&b;&b;</a>"
                .getBytes(StandardCharsets.UTF_8));
        m.put("cr-only-breaks", other.replace("\n", "\r").getBytes(StandardCharsets.UTF_8));
        m.put("10k-digit-number", "9".repeat(10_000).getBytes(StandardCharsets.US_ASCII));
        m.put("utf32le", other.getBytes(Charset.forName("UTF-32LE")));
        return m;
    }

    private static byte[] ascii(Random r, int lo, int hi, int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (lo + r.nextInt(hi - lo + 1));
        }
        return b;
    }

    private static byte[] filled(int value, int n) {
        byte[] b = new byte[n];
        java.util.Arrays.fill(b, (byte) value);
        return b;
    }

    private static byte[] random(Random r, int n) {
        byte[] b = new byte[n];
        r.nextBytes(b);
        return b;
    }

    private static byte[] splice(byte[] into, int at, byte[] what) {
        return ByteBuffer.allocate(into.length + what.length).put(into, 0, at).put(what).put(into, at, into.length - at).array();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        return ByteBuffer.allocate(a.length + b.length).put(a).put(b).array();
    }

    /** Random common CJK characters with a full stop now and then, optionally broken into lines. */
    private static String cjk(Random r, int n, boolean lines) {
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) (0x4E00 + r.nextInt(2000)));
            if (r.nextInt(30) == 0) {
                b.append(lines ? "。\n" : "。");
            }
        }
        return b.toString();
    }

    /** Raw HTTP requests a careless or hostile client sends: wrong paths and methods, bad JSON, oversized headers. */
    static List<String[]> protocol(String goodJson) {
        List<String[]> out = new ArrayList<>();
        out.add(new String[]{"json-text-is-a-number", "POST", "/articles", "application/json", "{\"text\": 5}"});
        out.add(new String[]{"json-text-null", "POST", "/articles", "application/json", "{\"text\": null}"});
        out.add(new String[]{"json-deep", "POST", "/articles", "application/json", "[".repeat(100_000)});
        out.add(new String[]{"json-array", "POST", "/articles", "application/json", "[]"});
        out.add(new String[]{"json-broken", "POST", "/articles", "application/json", "{\"text\": \"abc"});
        out.add(new String[]{"json-good", "POST", "/articles", "application/json", goodJson});
        out.add(new String[]{"json-mixed-case-type", "POST", "/articles", "Application/JSON", goodJson});
        out.add(new String[]{"path-suffix", "POST", "/articlesXYZ", "text/plain", "中文"});
        out.add(new String[]{"path-dotdot", "POST", "/articles/../metrics", "text/plain", "中文"});
        out.add(new String[]{"get-articles", "GET", "/articles", null, null});
        out.add(new String[]{"delete-health", "DELETE", "/health", null, null});
        out.add(new String[]{"charset-nonsense", "POST", "/articles", "text/plain; charset=nonsense", "中文新闻。"});
        out.add(new String[]{"no-content-type", "POST", "/articles", null, "中文新闻正文，内容完整。"});
        out.add(new String[]{"header-64k", "POST", "/articles", "text/plain", "中文", "X-Big: " + "a".repeat(65_536)});
        out.add(new String[]{"headers-500", "POST", "/articles", "text/plain", "中文", manyHeaders(500)});
        return out;
    }

    private static String manyHeaders(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append(i == 0 ? "" : "\r\n").append("X-H").append(i).append(": ").append("v".repeat(100));
        }
        return b.toString();
    }
}
