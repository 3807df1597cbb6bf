package io.newspipe.text.enrich;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * China's administrative divisions (NBS 2023 codes: GB/T 2260 down to counties, and townships; resource
 * {@code gazetteer/gbt2260.tsv}, made by {@code tools/gbt2260-convert.py}) to normalise a place name to its code, level
 * and parent. A name matches in full (冷水江市) or without its suffix (冷水江); among several divisions of one name,
 * the one whose ancestors the article also names wins, then the higher level (衡阳 is the city, not 衡阳县); a tie
 * leaves the place unnormalised rather than guessing. Immutable after loading; thread-safe.
 */
public final class Gazetteer {
    /** One division. {@code parentCode} is empty for a province. */
    public record Division(String code, String name, String level, String parentCode) {
    }

    private static final Pattern SUFFIX = Pattern.compile("(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|盟|省|市|县|区|镇|乡|街道)$");
    private static final Map<String, Integer> LEVEL_RANK = Map.of("province", 4, "city", 3, "county", 2, "township", 1);
    private static volatile Gazetteer shared;

    private final Map<String, Division> byCode = new HashMap<>();
    private final Map<String, List<Division>> byName = new HashMap<>();
    /** The first two characters of every name, sorted: most places in a text start no name, and are ruled out here. */
    private final int[] prefixes;
    /** For each prefix, the lengths of the names it starts as bits (bit n: a name of n characters). */
    private final int[] lengths;

    Gazetteer(InputStream tsv) throws IOException {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                Division d = new Division(f[0], f[1], f[2], f.length > 3 ? f[3] : "");
                byCode.put(d.code(), d);
                byName.computeIfAbsent(d.name(), k -> new ArrayList<>()).add(d);
                String shortName = SUFFIX.matcher(d.name()).replaceAll("");
                if (shortName.length() >= 2 && !shortName.equals(d.name())) {
                    byName.computeIfAbsent(shortName, k -> new ArrayList<>()).add(d);
                }
            }
        }
        // One table for both: the sorted prefixes, and beside each the lengths of the names it starts.
        java.util.TreeMap<Integer, Integer> byPrefix = new java.util.TreeMap<>(lengthsByPrefix(byName.keySet()));
        prefixes = byPrefix.keySet().stream().mapToInt(Integer::intValue).toArray();
        lengths = byPrefix.values().stream().mapToInt(Integer::intValue).toArray();
    }

    private static int pair(CharSequence s, int at) {
        return s.charAt(at) << 16 | s.charAt(at + 1);
    }

    /** Whether some name may start at {@code at} of {@code text} (its first two characters begin a name). */
    public boolean mayStartAt(CharSequence text, int at) {
        return at + 1 < text.length() && java.util.Arrays.binarySearch(prefixes, pair(text, at)) >= 0;
    }

    /**
     * The lengths of the names that start with the two characters at {@code at}, as bits (bit n set: some name of n
     * characters, fewer than 32); 0 when none does. Lets a scan look up only the lengths that can match.
     */
    public int lengthsAt(CharSequence text, int at) {
        if (at < 0 || at + 1 >= text.length()) {
            return 0;
        }
        int k = java.util.Arrays.binarySearch(prefixes, pair(text, at));
        return k < 0 ? 0 : lengths[k];
    }

    /**
     * {@link #lengthsAt} for a set of names of one's own, keyed by their prefix (length bits for names under 32
     * characters).
     */
    public static Map<Integer, Integer> lengthsByPrefix(Collection<String> names) {
        Map<Integer, Integer> out = new HashMap<>();
        for (String n : names) {
            if (n.length() >= 2) {
                // A name of 32 characters or more keeps its prefix known, with no length bit.
                out.merge(pair(n, 0), n.length() < 32 ? 1 << n.length() : 0, (a, b) -> a | b);
            }
        }
        return out;
    }

    /** The prefix key {@link #lengthsByPrefix} uses for the two characters at {@code at} (which must exist). */
    public static int prefixAt(CharSequence text, int at) {
        return pair(text, at);
    }

    /** The gazetteer shipped with the enricher, loaded once. */
    public static Gazetteer shared() {
        if (shared == null) {
            synchronized (Gazetteer.class) {
                if (shared == null) {
                    try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/gbt2260.tsv")) {
                        if (in == null) {
                            throw new IllegalStateException("gazetteer/gbt2260.tsv is not on the classpath");
                        }
                        shared = new Gazetteer(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read the gazetteer", e);
                    }
                }
            }
        }
        return shared;
    }

    public int size() {
        return byCode.size();
    }

    /**
     * The division a place name stands for, or null (unknown, or ambiguous even with the article's other places).
     *
     * @param context the other place names of the same article, to tell 东城区 (Beijing) from 东城区 elsewhere
     */
    public Division resolve(String place, Collection<String> context) {
        List<Division> candidates = byName.get(place);
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        if (candidates.size() == 1) {
            return candidates.get(0);
        }
        Division best = null;
        int bestScore = Integer.MIN_VALUE;
        boolean tie = false;
        for (Division d : candidates) {
            int score = LEVEL_RANK.getOrDefault(d.level(), 0) + (d.name().equals(place) ? 5 : 0);
            // Once, however many ancestors are named: a deeper division must not win by having more of them.
            for (Division a = parent(d); a != null; a = parent(a)) {
                if (mentioned(a, context)) {
                    score += 10;
                    break;
                }
            }
            if (score > bestScore) {
                best = d;
                bestScore = score;
                tie = false;
            } else if (score == bestScore) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * What a word is to the gazetteer, or null if no division bears it: {@code fullName} when some division's full
     * name is the word (冷水江市), {@code countyOrAbove} when some division it may name is a county or higher (a short
     * form such as 冷水江 is only trusted then), {@code province} when one is a province.
     */
    public record Match(boolean fullName, boolean countyOrAbove, boolean province) {
    }

    /** The word read against the gazetteer; null when no division bears it. Thread-safe. */
    public Match match(String word) {
        List<Division> candidates = byName.get(word);
        if (candidates == null || candidates.isEmpty()) {
            return null;
        }
        boolean full = false;
        boolean county = false;
        boolean province = false;
        for (Division d : candidates) {
            full |= d.name().equals(word);
            county |= LEVEL_RANK.getOrDefault(d.level(), 0) >= LEVEL_RANK.get("county");
            province |= d.level().equals("province");
        }
        return new Match(full, county, province);
    }

    /** {@code {code, level, parent, parentCode}} for the entity's {@code normalized} field, or null. */
    public Map<String, Object> normalize(String place, Collection<String> context) {
        Division d = resolve(place, context);
        if (d == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", d.code());
        out.put("name", d.name());
        out.put("level", d.level());
        Division p = parent(d);
        out.put("parent", p == null ? null : p.name());
        out.put("parentCode", p == null ? null : p.code());
        return out;
    }

    Division parent(Division d) {
        return d.parentCode().isEmpty() ? null : byCode.get(d.parentCode());
    }

    private static boolean mentioned(Division d, Collection<String> context) {
        String shortName = SUFFIX.matcher(d.name()).replaceAll("");
        for (String c : context) {
            if (c.equals(d.name()) || c.equals(shortName)) {
                return true;
            }
        }
        return false;
    }
}
