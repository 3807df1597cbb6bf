package io.newspipe.bench;

import io.newspipe.model.Article;
import io.newspipe.text.Chars;
import io.newspipe.text.dedup.Shingles;
import io.newspipe.text.dedup.SimHash;
import io.newspipe.text.fixtures.NearDuplicateVariants;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BiFunction;

/**
 * Precision and recall of SimHash near-duplicate detection for shingle sizes and Hamming thresholds: positives are
 * the seed articles against generated variants of themselves; negatives are every pair of distinct seed articles,
 * pairs of People's Daily pseudo-articles, and distinct bodies wrapped in the same boilerplate.
 * Usage: {@code bench/run.sh dedup-eval [ner-dir=../shared/ner]}.
 */
public final class DedupEval {
    private record Pair(String kind, String a, String b, boolean duplicate) {
    }

    public static void main(String[] args) throws Exception {
        Path ner = Path.of(args.length > 0 ? args[0] : "../shared/ner");
        List<String> donors = NearDuplicateVariants.peoplesDailySentences(ner.resolve("peoples_daily_dev_bio.txt"), 4000);
        List<String> originals = new ArrayList<>();
        for (Article a : SeedArticles.split()) {
            if (Chars.countCjk(a.body()) >= 200) {
                originals.add(a.body());
            }
        }
        List<String> pseudo = NearDuplicateVariants.pseudoArticles(donors.subList(1000, donors.size()), 600, 60);
        Map<String, BiFunction<String, Random, String>> kinds = NearDuplicateVariants.kinds(donors.subList(0, 1000));

        List<Pair> pairs = new ArrayList<>();
        Random r = new Random(42);
        for (String o : originals) {
            for (var k : kinds.entrySet()) {
                pairs.add(new Pair(k.getKey(), o, k.getValue().apply(o, r), true));
            }
        }
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < originals.size(); j++) {
                pairs.add(new Pair("distinct-seeds", originals.get(i), originals.get(j), false));
            }
        }
        for (int i = 0; i + 1 < pseudo.size(); i++) {
            pairs.add(new Pair("distinct-corpus", pseudo.get(i), pseudo.get(i + 1), false));
            pairs.add(new Pair("boilerplate", NearDuplicateVariants.withBoilerplate(pseudo.get(i)),
                    NearDuplicateVariants.withBoilerplate(pseudo.get(i + 1)), false));
        }
        long positives = pairs.stream().filter(Pair::duplicate).count();
        System.out.printf("dedup eval: %d originals (>= 200 CJK chars), %d positive pairs (%s), %d negative pairs%n",
                originals.size(), positives, String.join(", ", kinds.keySet()), pairs.size() - positives);
        reportChosenRule(pairs, positives);
        System.out.println("distributions: exact Jaccard of shingle sets, SimHash distance");
        for (int n : new int[]{3, 4, 5}) {
            Shingles sh = new Shingles(n);
            SimHash simHash = new SimHash(sh);
            double minPosJ = 1;
            double maxNegJ = 0;
            int maxPosD = 0;
            int minNegD = 64;
            List<Double> posJ = new ArrayList<>();
            for (Pair p : pairs) {
                java.util.Set<Long> a = sh.counts(p.a()).keySet();
                java.util.Set<Long> b = sh.counts(p.b()).keySet();
                java.util.Set<Long> inter = new java.util.HashSet<>(a);
                inter.retainAll(b);
                double j = inter.size() / (double) (a.size() + b.size() - inter.size());
                int d = SimHash.distance(simHash.of(p.a()), simHash.of(p.b()));
                if (p.duplicate()) {
                    minPosJ = Math.min(minPosJ, j);
                    maxPosD = Math.max(maxPosD, d);
                    posJ.add(j);
                } else {
                    maxNegJ = Math.max(maxNegJ, j);
                    minNegD = Math.min(minNegD, d);
                }
            }
            java.util.Collections.sort(posJ);
            System.out.printf("n=%d  positives: Jaccard min %.3f p10 %.3f median %.3f, SimHash max %d | negatives: Jaccard max %.3f, SimHash min %d%n",
                    n, minPosJ, posJ.get(posJ.size() / 10), posJ.get(posJ.size() / 2), maxPosD, maxNegJ, minNegD);
        }
        System.out.println("n  k  precision  recall   | recall per kind | false positives per control");
        for (int n : new int[]{2, 3, 4, 5}) {
            SimHash sh = new SimHash(new Shingles(n));
            List<int[]> dist = new ArrayList<>();
            for (Pair p : pairs) {
                dist.add(new int[]{SimHash.distance(sh.of(p.a()), sh.of(p.b()))});
            }
            for (int k : new int[]{3, 4, 6, 8, 10, 12}) {
                int limit = k;
                Tally t = tally(pairs, i -> dist.get(i)[0] <= limit);
                System.out.printf("%d %2d  %9.3f  %6.3f   | %s%n", n, k, t.precision(), t.recall(positives), t.detail());
            }
        }
    }

    /** The rule the topology applies: share one of the LSH bands, then SimHash within the limit. */
    private static void reportChosenRule(List<Pair> pairs, long positives) {
        io.newspipe.text.dedup.NearDuplicates rule = io.newspipe.text.dedup.NearDuplicates.DEFAULTS;
        io.newspipe.text.dedup.MinHash mh = rule.minHash();
        SimHash ruleHash = rule.simHash();
        Tally t = tally(pairs, i -> {
            Pair p = pairs.get(i);
            java.util.Set<String> shared = new java.util.HashSet<>(java.util.Arrays.asList(mh.bandKeys(mh.signature(p.a()))));
            shared.retainAll(java.util.Arrays.asList(mh.bandKeys(mh.signature(p.b()))));
            return !shared.isEmpty() && SimHash.distance(ruleHash.of(p.a()), ruleHash.of(p.b())) <= rule.maxDistance();
        });
        System.out.printf("chosen rule (%d-grams, MinHash %d bands x %d rows, SimHash <= %d): precision %.3f recall %.3f | %s%n",
                rule.shingleSize(), rule.bands(), rule.rows(), rule.maxDistance(), t.precision(), t.recall(positives), t.detail());
    }

    /** True and false matches of a rule over the pairs, and the matches per kind of pair ("byline 31/31"). */
    private record Tally(int truePositives, int falsePositives, String detail) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : truePositives / (double) (truePositives + falsePositives);
        }

        double recall(long positives) {
            return truePositives / (double) positives;
        }
    }

    private static Tally tally(List<Pair> pairs, java.util.function.IntPredicate matches) {
        int tp = 0;
        int fp = 0;
        Map<String, int[]> perKind = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pairs.size(); i++) {
            Pair p = pairs.get(i);
            int[] c = perKind.computeIfAbsent(p.kind(), x -> new int[2]);
            c[1]++;
            if (matches.test(i)) {
                c[0]++;
                if (p.duplicate()) {
                    tp++;
                } else {
                    fp++;
                }
            }
        }
        StringBuilder detail = new StringBuilder();
        perKind.forEach((kind, c) -> detail.append(kind).append(' ').append(c[0]).append('/').append(c[1]).append("  "));
        return new Tally(tp, fp, detail.toString());
    }
}
