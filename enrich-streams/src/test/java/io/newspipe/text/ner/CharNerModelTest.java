package io.newspipe.text.ner;

import io.newspipe.text.enrich.EntityExtractor;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The tagger's decoding and persistence, and the contract between the feature templates and the shipped model: the
 * model's weights are keyed by feature hashes (template number and characters), so renumbering a template or changing
 * a cue list silently detaches the model from its features. The shipped-model tests catch that.
 */
class CharNerModelTest {
    private static CharNerModel shipped() throws Exception {
        try (InputStream in = CharNerModelTest.class.getResourceAsStream("/ner/char-perceptron.bin.gz")) {
            return CharNerModel.read(in);
        }
    }

    @Test
    void aWrittenModelReadsBackToTheSameBytesAndTags() throws Exception {
        CharNerModel model = shipped();
        ByteArrayOutputStream once = new ByteArrayOutputStream();
        model.write(once);
        CharNerModel again = CharNerModel.read(new ByteArrayInputStream(once.toByteArray()));
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        again.write(twice);
        assertArrayEquals(once.toByteArray(), twice.toByteArray());
        CharFeatures features = new CharFeatures(EntityExtractor.segment());
        String s = "新华社北京一月五日电";
        assertEquals(model.tag(features.of(s)), again.tag(features.of(s)));
    }

    @Test
    void theShippedModelStillReadsItsFeatures() throws Exception {
        CharNerModel model = shipped();
        CharFeatures features = new CharFeatures(EntityExtractor.segment());
        // Sentences in the style of the training data; the model gets these right only while its feature keys match.
        assertEquals(List.of(new BioSentence.Span(0, 3, "PER"), new BioSentence.Span(4, 6, "LOC")),
                BioSentence.spans(model.tag(features.of("江泽民在北京会见了来访的客人。"))));
        assertEquals(List.of(new BioSentence.Span(0, 3, "ORG"), new BioSentence.Span(3, 5, "LOC")),
                BioSentence.spans(model.tag(features.of("新华社北京一月五日电"))));
        // How many weights carry over: a detached model would match almost none of the sentence's features.
        long[][] f = features.of("江泽民在北京会见了来访的客人。");
        int known = 0;
        int all = 0;
        for (long[] position : f) {
            for (long key : position) {
                all++;
                known += model.knows(key) ? 1 : 0;
            }
        }
        assertTrue(known > all * 0.8, known + " of " + all + " features known to the model");
    }

    @Test
    void featuresDependOnTheNeighbourhoodOnly() {
        CharFeatures features = new CharFeatures(EntityExtractor.segment());
        long[][] a = features.of("我们去长沙市开会");
        long[][] b = features.of("他们从长沙市出发");
        // 长 sits in the same 2-character window in both, but its neighbours differ beyond that: the character and
        // the bigram features are shared, the whole sets are not.
        assertEquals(features.of("长沙市").length, 3);
        assertTrue(java.util.Arrays.stream(a[3]).anyMatch(x -> java.util.Arrays.stream(b[3]).anyMatch(y -> y == x)));
        assertTrue(!java.util.Arrays.equals(a[3], b[3]));
        for (long[] position : a) {
            assertTrue(java.util.Arrays.stream(position).noneMatch(x -> x == 0), "0 is never a feature key");
        }
    }
}
