package io.newspipe.text.dedup;

import io.newspipe.text.Chars;
import io.newspipe.text.fixtures.NearDuplicateVariants;
import io.newspipe.text.page.Pages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The near-duplicate rule the topology applies (share an LSH band, then SimHash within the limit), measured on
 * generated variants of the seed articles and on every pair of distinct seed articles. The full table over shingle
 * sizes and limits is printed by {@code bench/run.sh dedup-eval}.
 */
class NearDuplicateQualityTest {
    private static final NearDuplicates RULE = NearDuplicates.DEFAULTS;
    private static final MinHash MIN_HASH = RULE.minHash();
    private static final SimHash SIM_HASH = RULE.simHash();
    private static List<String> originals;
    private static List<String> donors;

    @BeforeAll
    static void load() throws Exception {
        originals = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.sorted().toList()) {
                byte[] b = Files.readAllBytes(f);
                Pages.articles(new String(b, StandardCharsets.UTF_8)).stream()
                        .filter(a -> Chars.countCjk(a.body()) >= 200).forEach(a -> originals.add(a.body()));
            }
        }
        // Sentences to add come from the People's Daily corpus beside the checkout when it is there (our machines),
        // otherwise from the seed articles themselves (a fresh clone on its own).
        Path corpus = Path.of("..", "..", "shared", "ner", "peoples_daily_dev_bio.txt");
        donors = Files.exists(corpus) ? NearDuplicateVariants.peoplesDailySentences(corpus, 500)
                : originals.stream().flatMap(b -> NearDuplicateVariants.sentencesOf(b).stream()).toList();
    }

    static boolean nearDuplicates(String a, String b) {
        Set<String> shared = new HashSet<>(Arrays.asList(MIN_HASH.bandKeys(MIN_HASH.signature(a))));
        shared.retainAll(Arrays.asList(MIN_HASH.bandKeys(MIN_HASH.signature(b))));
        return !shared.isEmpty() && SimHash.distance(SIM_HASH.of(a), SIM_HASH.of(b)) <= RULE.maxDistance();
    }

    @Test
    void variantsAreCaughtAndDistinctArticlesKeptApart() {
        assertTrue(originals.size() >= 20, "seed articles long enough to judge: " + originals.size());
        int caught = 0;
        int total = 0;
        Random r = new Random(7);
        for (String o : originals) {
            for (var kind : NearDuplicateVariants.kinds(donors).values()) {
                total++;
                if (nearDuplicates(o, kind.apply(o, r))) {
                    caught++;
                }
            }
        }
        double recall = caught / (double) total;
        assertTrue(recall >= 0.95, "recall " + recall + " (" + caught + "/" + total + ")");
        int falsePositives = 0;
        for (int i = 0; i < originals.size(); i++) {
            for (int j = i + 1; j < originals.size(); j++) {
                if (nearDuplicates(originals.get(i), originals.get(j))) {
                    falsePositives++;
                }
            }
        }
        assertEquals(0, falsePositives);
    }
}
