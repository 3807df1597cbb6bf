package io.newspipe.text.ner;

import io.newspipe.text.Chars;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads BIO files: one character and its tag per line (space- or tab-separated), a blank line between sentences.
 * Full-width digits and letters are folded as the pipeline folds them. Tags other than PER, LOC and ORG (and the
 * variants {@code B-NR}, {@code B-NS}, {@code B-NT}) are read as O.
 */
public final class BioReader {
    private BioReader() {
    }

    /** The sentences of a BIO file, plain or gzip-compressed (a name ending in {@code .gz}). */
    public static List<BioSentence> read(Path file) throws IOException {
        List<BioSentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        for (String line : lines(file)) {
            String l = line.strip();
            if (l.isEmpty()) {
                if (text.length() > 0) {
                    out.add(new BioSentence(text.toString(), tags));
                    text.setLength(0);
                    tags = new ArrayList<>();
                }
                continue;
            }
            String[] f = l.split("[ \\t]+");
            String ch = f[0];
            if (ch.length() != 1) {
                ch = ch.substring(0, 1);
            }
            text.append(Chars.foldWidth(ch));
            tags.add(f.length > 1 ? normalise(f[f.length - 1]) : "O");
        }
        if (text.length() > 0) {
            out.add(new BioSentence(text.toString(), tags));
        }
        return out;
    }

    static String normalise(String tag) {
        String t = tag.toUpperCase();
        if (t.length() < 3 || t.charAt(1) != '-') {
            return "O";
        }
        String type = switch (t.substring(2)) {
            case "PER", "NR", "PERSON" -> "PER";
            case "LOC", "NS", "LOCATION", "GPE" -> "LOC";
            case "ORG", "NT", "ORGANIZATION" -> "ORG";
            default -> null;
        };
        if (type == null) {
            return "O";
        }
        return (t.charAt(0) == 'E' || t.charAt(0) == 'M' ? "I" : t.charAt(0) == 'S' ? "B" : String.valueOf(t.charAt(0)))
                + "-" + type;
    }

    private static List<String> lines(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".gz")) {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            return r.lines().toList();
        }
    }
}
