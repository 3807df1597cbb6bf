package io.newspipe.text.ner;

import io.newspipe.text.Chars;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads BIO files: one character and its tag per line (space- or tab-separated), a blank line between sentences.
 * Full-width digits and letters are folded as the pipeline folds them. Tags other than PER, LOC and ORG (and the
 * variants {@code B-NR}, {@code B-NS}, {@code B-NT}) are read as O.
 */
public final class BioReader {
    private BioReader() {
    }

    public static List<BioSentence> read(Path file) throws IOException {
        List<BioSentence> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
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
}
