package io.newspipe.text.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Training-data augmentation by mention replacement (Dai and Adel, 2020): a copy of each sentence with every entity
 * replaced by another entity of the same type from the corpus. The model then sees names in contexts they never
 * occurred in, and learns the context more than the name. Deterministic for a given seed. Stateless.
 */
public final class MentionReplacement {
    private MentionReplacement() {
    }

    /** The corpus followed by {@code copies} augmented copies of every sentence that has an entity. */
    public static List<BioSentence> augment(List<BioSentence> corpus, int copies, long seed) {
        Map<String, List<String>> pool = new HashMap<>();
        for (BioSentence s : corpus) {
            for (BioSentence.Span sp : s.spans()) {
                pool.computeIfAbsent(sp.type(), k -> new ArrayList<>()).add(s.text().substring(sp.start(), sp.end()));
            }
        }
        Random random = new Random(seed);
        List<BioSentence> out = new ArrayList<>(corpus);
        for (int c = 0; c < copies; c++) {
            for (BioSentence s : corpus) {
                List<BioSentence.Span> spans = s.spans();
                if (!spans.isEmpty()) {
                    out.add(replace(s, spans, pool, random));
                }
            }
        }
        return out;
    }

    private static BioSentence replace(BioSentence s, List<BioSentence.Span> spans, Map<String, List<String>> pool,
                                       Random random) {
        StringBuilder text = new StringBuilder();
        List<String> tags = new ArrayList<>();
        int at = 0;
        for (BioSentence.Span sp : spans) {
            text.append(s.text(), at, sp.start());
            tags.addAll(s.tags().subList(at, sp.start()));
            List<String> names = pool.get(sp.type());
            String other = names.get(random.nextInt(names.size()));
            text.append(other);
            for (int i = 0; i < other.length(); i++) {
                tags.add((i == 0 ? "B-" : "I-") + sp.type());
            }
            at = sp.end();
        }
        text.append(s.text().substring(at));
        tags.addAll(s.tags().subList(at, s.text().length()));
        return new BioSentence(text.toString(), tags);
    }
}
