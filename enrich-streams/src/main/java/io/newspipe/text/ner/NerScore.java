package io.newspipe.text.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Exact-span scoring per type and micro-averaged over all types: a predicted span counts only if its start, end and
 * type equal a gold span's. Not thread-safe: one scorer per evaluation.
 */
public final class NerScore {
    private final Map<String, int[]> counts = new TreeMap<>(); // type → {true positives, predicted, gold}

    public void add(List<BioSentence.Span> gold, List<BioSentence.Span> predicted) {
        Set<BioSentence.Span> g = new HashSet<>(gold);
        for (BioSentence.Span p : predicted) {
            int[] c = counts.computeIfAbsent(p.type(), t -> new int[3]);
            c[1]++;
            if (g.contains(p)) {
                c[0]++;
            }
        }
        for (BioSentence.Span s : gold) {
            counts.computeIfAbsent(s.type(), t -> new int[3])[2]++;
        }
    }

    /** Adds another score's counts to this one (pooling documents). */
    public void add(NerScore other) {
        other.counts.forEach((type, c) -> {
            int[] mine = counts.computeIfAbsent(type, t -> new int[3]);
            for (int k = 0; k < 3; k++) {
                mine[k] += c[k];
            }
        });
    }

    /** F1 of one type; 0 when the type was neither predicted nor gold. */
    public double f1(String type) {
        int[] c = counts.get(type);
        return c == null ? 0 : f1(c);
    }

    public double f1() {
        int[] all = total();
        return f1(all);
    }

    private int[] total() {
        int[] all = new int[3];
        counts.values().forEach(c -> {
            all[0] += c[0];
            all[1] += c[1];
            all[2] += c[2];
        });
        return all;
    }

    private static double f1(int[] c) {
        double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
        double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** One line per type, then {@code ALL P … R … F1 …} last. */
    public String report() {
        StringBuilder b = new StringBuilder();
        counts.forEach((type, c) -> b.append(line(type, c)).append('\n'));
        b.append(line("ALL", total()));
        return b.toString();
    }

    private static String line(String name, int[] c) {
        double p = c[1] == 0 ? 0 : c[0] / (double) c[1];
        double r = c[2] == 0 ? 0 : c[0] / (double) c[2];
        return String.format(Locale.ROOT, "%s P %.3f R %.3f F1 %.3f (gold %d, predicted %d, correct %d)", name, p, r,
                f1(c), c[2], c[1], c[0]);
    }
}
