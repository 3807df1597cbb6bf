package io.newspipe.bench;

import io.newspipe.model.Article;
import io.newspipe.text.Chars;
import io.newspipe.text.dedup.MinHash;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.dedup.OverlapSketch;
import io.newspipe.text.dedup.Shingles;
import io.newspipe.text.fixtures.NearDuplicateVariants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * How the near-duplicate rule judges pairs across the whole range of overlap. Three sets of pairs:
 * <ul>
 *   <li>variants: the seed articles against relayouts and light edits of themselves (same story: must be dropped);</li>
 *   <li>distinct: pairs of different seed articles, of People's Daily pseudo-articles, and of distinct bodies in the
 *   same boilerplate (must be kept);</li>
 *   <li>graded: two People's Daily pseudo-stories that share k of their n sentences, k/n from 0.1 to 0.9, at random
 *   places (different stories: must never be dropped below a Jaccard of 0.5; related links wanted).</li>
 * </ul>
 * Prints the rule's verdicts per band of true Jaccard (of character 4-grams), the threshold table the default was
 * chosen from, and the previous rule (SimHash ≤ 16) on the same pairs. Usage:
 * {@code bench/run.sh dedup-eval [ner-dir=../shared/ner]}.
 */
public final class DedupEval {
    private record Pair(String set, String kind, double jaccard, long[] a, long[] b, String textA, String textB) {
    }

    public static void main(String[] args) throws Exception {
        Path ner = Path.of(args.length > 0 ? args[0] : "../shared/ner");
        NearDuplicates rule = NearDuplicates.DEFAULTS;
        MinHash minHash = rule.minHash();
        Shingles shingles = new Shingles(rule.shingleSize());
        List<String> donors = new ArrayList<>(NearDuplicateVariants.peoplesDailySentences(ner.resolve("peoples_daily_dev_bio.txt"), 40_000));
        donors.addAll(NearDuplicateVariants.peoplesDailySentences(ner.resolve("peoples_daily_test_bio.txt"), 40_000));
        List<String> originals = new ArrayList<>();
        for (Article a : SeedArticles.split()) {
            if (Chars.countCjk(a.body()) >= 200) {
                originals.add(a.body());
            }
        }
        Map<String, BiFunction<String, Random, String>> kinds = NearDuplicateVariants.kinds(donors.subList(0, 1000));
        List<String> pseudo = NearDuplicateVariants.pseudoArticles(donors.subList(1000, 3500), 600, 150);
        List<Pair> pairs = new ArrayList<>();
        Random r = new Random(42);
        for (int round = 0; round < 5; round++) {
            for (String o : originals) {
                for (var k : kinds.entrySet()) {
                    String v = k.getValue().apply(o, r);
                    pairs.add(pair("variant", k.getKey(), o, v, minHash, shingles));
                }
            }
        }
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < originals.size(); j++) {
                pairs.add(pair("distinct", "seeds", originals.get(i), originals.get(j), minHash, shingles));
            }
        }
        for (int i = 0; i + 1 < pseudo.size(); i++) {
            pairs.add(pair("distinct", "corpus", pseudo.get(i), pseudo.get(i + 1), minHash, shingles));
            pairs.add(pair("distinct", "boilerplate", NearDuplicateVariants.withBoilerplate(pseudo.get(i)),
                    NearDuplicateVariants.withBoilerplate(pseudo.get(i + 1)), minHash, shingles));
        }
        int[] next = {3500};
        for (int k10 = 1; k10 <= 9; k10++) {
            for (int t = 0; t < 300; t++) {
                int n = 6 + r.nextInt(7);
                int k = Math.max(1, Math.round(n * k10 / 10f));
                if (next[0] + 3 * n > donors.size()) {
                    next[0] = 3500;
                }
                String[] p = NearDuplicateVariants.sharingSentences(donors, next, n, k, r);
                pairs.add(pair("graded", "k/n " + k10 / 10.0, p[0], p[1], minHash, shingles));
            }
        }
        System.out.printf("dedup eval: %d variant pairs (%d seed articles x %s x 5), %d distinct pairs, %d graded pairs%n",
                count(pairs, "variant"), originals.size(), String.join(", ", kinds.keySet()), count(pairs, "distinct"),
                count(pairs, "graded"));
        System.out.printf("rule: %d-grams, %d bands x %d rows of %d minimum hashes, 2-bit sketch of %d; duplicate at "
                        + "estimated Jaccard >= %.2f, related >= %.2f%n", rule.shingleSize(), rule.bands(), rule.rows(),
                OverlapSketch.HASHES, OverlapSketch.HASHES, rule.duplicateJaccard(), rule.relatedJaccard());

        System.out.println();
        System.out.println("verdicts per band of true Jaccard (all sets):");
        System.out.println("Jaccard     variant  distinct  graded | dropped  related  kept | previous rule dropped");
        SimHash previous = new SimHash(shingles);
        MinHash previousBands = new MinHash(shingles, 64, 16, 4);
        for (int b = 0; b < 10; b++) {
            double lo = b / 10.0;
            double hi = b == 9 ? 1.0001 : (b + 1) / 10.0;
            int[] n = new int[3];
            int[] verdict = new int[3];
            int previouslyDropped = 0;
            for (Pair p : pairs) {
                if (p.jaccard() < lo || p.jaccard() >= hi) {
                    continue;
                }
                n[p.set().equals("variant") ? 0 : p.set().equals("distinct") ? 1 : 2]++;
                verdict[judge(rule, minHash, p).ordinal()]++;
                if (previousRule(previous, previousBands, p.textA(), p.textB())) {
                    previouslyDropped++;
                }
            }
            int all = n[0] + n[1] + n[2];
            System.out.printf("%.1f-%.1f  %7d  %8d  %6d | %7s  %7s  %4s | %s%n", lo, Math.min(1.0, hi), n[0], n[1], n[2],
                    pct(verdict[0], all), pct(verdict[1], all), pct(verdict[2], all), pct(previouslyDropped, all));
        }

        System.out.println();
        System.out.println("per set: variant recall by kind | distinct pairs dropped | graded pairs below 0.5 dropped");
        Map<String, int[]> perKind = new LinkedHashMap<>();
        int distinctDropped = 0;
        int gradedLow = 0;
        int gradedLowDropped = 0;
        int gradedLinked = 0;
        int gradedMid = 0;
        for (Pair p : pairs) {
            NearDuplicates.Kind v = judge(rule, minHash, p);
            switch (p.set()) {
                case "variant" -> {
                    int[] c = perKind.computeIfAbsent(p.kind(), x -> new int[2]);
                    c[1]++;
                    c[0] += v == NearDuplicates.Kind.DUPLICATE ? 1 : 0;
                }
                case "distinct" -> distinctDropped += v == NearDuplicates.Kind.DUPLICATE ? 1 : 0;
                default -> {
                    if (p.jaccard() < 0.5) {
                        gradedLow++;
                        gradedLowDropped += v == NearDuplicates.Kind.DUPLICATE ? 1 : 0;
                    }
                    if (p.jaccard() >= 0.2 && p.jaccard() < 0.5) {
                        gradedMid++;
                        gradedLinked += v == NearDuplicates.Kind.RELATED ? 1 : 0;
                    }
                }
            }
        }
        int caught = perKind.values().stream().mapToInt(c -> c[0]).sum();
        int variants = perKind.values().stream().mapToInt(c -> c[1]).sum();
        StringBuilder kindsLine = new StringBuilder();
        perKind.forEach((k, c) -> kindsLine.append(k).append(' ').append(c[0]).append('/').append(c[1]).append("  "));
        System.out.printf("variants: recall %.4f (%d/%d): %s%n", caught / (double) variants, caught, variants, kindsLine);
        System.out.printf("distinct: %d of %d dropped (precision %.4f)%n", distinctDropped, count(pairs, "distinct"),
                caught / (double) Math.max(1, caught + distinctDropped));
        System.out.printf("graded: %d of %d pairs below Jaccard 0.5 dropped; %d of %d pairs of Jaccard 0.2-0.5 linked as related%n",
                gradedLowDropped, gradedLow, gradedLinked, gradedMid);

        System.out.println();
        System.out.println("threshold table (estimated Jaccard at which a candidate is a duplicate):");
        System.out.println("T     variant recall   graded below 0.5 dropped   distinct dropped");
        for (double t : new double[]{0.5, 0.55, 0.6, 0.61, 0.62, 0.63, 0.64, 0.65, 0.7, 0.75}) {
            NearDuplicates r2 = new NearDuplicates(rule.shingleSize(), rule.bands(), rule.rows(), t,
                    Math.min(t, rule.relatedJaccard()), rule.retention(), rule.maxBucket());
            int hit = 0;
            int low = 0;
            int dist = 0;
            for (Pair p : pairs) {
                boolean dup = judge(r2, minHash, p) == NearDuplicates.Kind.DUPLICATE;
                if (p.set().equals("variant")) {
                    hit += dup ? 1 : 0;
                } else if (p.set().equals("distinct")) {
                    dist += dup ? 1 : 0;
                } else if (p.jaccard() < 0.5) {
                    low += dup ? 1 : 0;
                }
            }
            System.out.printf("%.2f  %14.4f   %24d   %16d%n", t, hit / (double) variants, low, dist);
        }
    }

    private static Pair pair(String set, String kind, String a, String b, MinHash minHash, Shingles shingles) {
        Set<Long> x = shingles.counts(a).keySet();
        Set<Long> y = shingles.counts(b).keySet();
        Set<Long> both = new HashSet<>(x);
        both.retainAll(y);
        double j = both.size() / (double) (x.size() + y.size() - both.size());
        return new Pair(set, kind, j, minHash.signature(a), minHash.signature(b), a, b);
    }

    /** What the topology decides: a shared band makes a candidate, the sketches judge it. */
    static NearDuplicates.Kind judge(NearDuplicates rule, MinHash minHash, Pair p) {
        Set<String> shared = new HashSet<>(Arrays.asList(minHash.bandKeys(p.a())));
        shared.retainAll(Arrays.asList(minHash.bandKeys(p.b())));
        return shared.isEmpty() ? NearDuplicates.Kind.NONE
                : rule.classify(OverlapSketch.of(p.a()).jaccard(OverlapSketch.of(p.b())));
    }

    /** The rule before this one: 16 bands of 4 rows, then SimHash within 16 bits. */
    private static boolean previousRule(SimHash simHash, MinHash bands, String a, String b) {
        Set<String> shared = new HashSet<>(Arrays.asList(bands.bandKeys(bands.signature(a))));
        shared.retainAll(Arrays.asList(bands.bandKeys(bands.signature(b))));
        return !shared.isEmpty() && SimHash.distance(simHash.of(a), simHash.of(b)) <= 16;
    }

    private static long count(List<Pair> pairs, String set) {
        return pairs.stream().filter(p -> p.set().equals(set)).count();
    }

    private static String pct(int n, int all) {
        return all == 0 ? "-" : String.format("%.0f%%", 100.0 * n / all);
    }
}
