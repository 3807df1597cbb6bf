package io.newspipe.text.dedup;

import io.newspipe.model.SourceIds;
import io.newspipe.text.Chars;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The exact-duplicate key of an article: a hash of its body with everything layout may change taken out (whitespace,
 * line wrap, width variants, markup, punctuation). Two extractions of the same text in different layouts get the same
 * fingerprint; a changed character gives a different one (near-duplicates are a separate stage). Thread-safe.
 */
public final class BodyFingerprint {
    private BodyFingerprint() {
    }

    /** The body reduced to letters and digits: CJK characters, ASCII letters lower-cased, digits. */
    public static String normalise(String body) {
        String folded = Chars.foldWidth(body);
        StringBuilder b = new StringBuilder(folded.length());
        folded.codePoints().forEach(c -> {
            if (Character.isLetterOrDigit(c)) {
                b.appendCodePoint(Character.toLowerCase(c));
            }
        });
        return b.toString();
    }

    /** 16 hex digits of SHA-256 over the normalised body. */
    public static String of(String body) {
        byte[] digest = SourceIds.sha256(normalise(body).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest, 0, 8);
    }
}
