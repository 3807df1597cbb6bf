package io.newspipe.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable identifiers. A page's id depends on its bytes only (not its file name or arrival time), so a re-sent page
 * carries the same key; an article's id is its page id plus its position on the page. Thread-safe.
 */
public final class SourceIds {
    private SourceIds() {
    }

    /** First 16 hex digits of SHA-256 of the raw bytes. */
    public static String forBytes(byte[] bytes) {
        return HexFormat.of().formatHex(sha256(bytes), 0, 8);
    }

    public static String forText(String text) {
        return forBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public static String articleId(String sourceId, int ordinal) {
        return sourceId + "-" + String.format("%02d", ordinal);
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
