package io.newspipe.text.enrich;

import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.model.Entity;
import io.newspipe.model.Entity.EntityType;
import io.newspipe.text.ner.NerEvaluation;
import io.newspipe.text.ner.NerScore;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Entities on Hunan local news: the team's annotation of seed pages 000, 002 and 003 (ner/local, see its GUIDE.md),
 * each page one document. The floors sit just under what was measured when the composition step was committed
 * (pooled F1 0.851; LOC 0.841, ORG 0.826, PER 0.911; the tagger alone 0.601), so a change that loses what the step
 * gained fails here. These pages were tuned on: the README reports them as such, beside MSRA test.
 */
class LocalNewsEntitiesTest {
    private static final Path LOCAL = Path.of("src", "test", "resources", "ner", "local");
    private static final EntityExtractor EXTRACTOR = new EntityExtractor();

    private static NerScore score(EntityExtractor extractor) throws Exception {
        NerScore pooled = new NerScore();
        for (String page : List.of("seed-000.bio", "seed-002.bio", "seed-003.bio")) {
            pooled.add(NerEvaluation.scoreDocument(LOCAL.resolve(page), extractor::spans));
        }
        return pooled;
    }

    @Test
    void theLocalSetHoldsWhatTheCompositionStepGained() throws Exception {
        NerScore composed = score(EXTRACTOR);
        NerScore tagger = score(EntityExtractor.taggerOnly());
        assertTrue(composed.f1() >= 0.845, composed::report);
        assertTrue(composed.f1("LOC") >= 0.83 && composed.f1("ORG") >= 0.81 && composed.f1("PER") >= 0.90,
                composed::report);
        assertTrue(composed.f1() - tagger.f1() >= 0.2, () -> "tagger alone:\n" + tagger.report());
    }

    /**
     * On all five seed pages, the two unannotated ones included: no one-character entity without the full name it
     * stands for, and no place or organisation (but an abbreviation) that ends inside a word, unless the rest of the word is a title or
     * the place's people (司法部|长, 中国|人).
     */
    @Test
    void noFragmentsOnAnySeedPage() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("..", "seeds"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(f);
                List<List<Term>> lines = EXTRACTOR.segmentLines(text);
                boolean[] ends = wordEnds(text, lines);
                for (Entity e : EXTRACTOR.extract(text, lines)) {
                    assertTrue(e.text().length() >= 2 || e.normalized() != null && e.normalized().get("name") != null,
                            () -> f + ": " + e);
                    if (e.type() == EntityType.PERSON || e.normalized() != null && e.normalized().containsKey("abbreviation")) {
                        continue; // an abbreviation stands inside a word by nature (中|美)
                    }
                    for (int at : e.offsets()) {
                        int end = at + e.text().length();
                        String next = text.substring(end, Math.min(text.length(), end + 2));
                        assertTrue(ends[end] || next.startsWith("人") || next.startsWith("长") || next.startsWith("书记")
                                || next.startsWith("主任") || next.startsWith("委员"), () -> f + ": " + e + " ends inside a word");
                    }
                }
            }
        }
    }

    private static boolean[] wordEnds(String text, List<List<Term>> lines) {
        boolean[] ends = new boolean[text.length() + 1];
        int at = 0;
        for (List<Term> line : lines) {
            int k = at;
            for (Term t : line) {
                k += t.word.length();
                ends[k] = true;
            }
            at += line.stream().mapToInt(t -> t.word.length()).sum();
            ends[at] = true;
            at++; // the newline
            if (at <= text.length()) {
                ends[at] = true;
            }
        }
        ends[text.length()] = true;
        return ends;
    }
}
