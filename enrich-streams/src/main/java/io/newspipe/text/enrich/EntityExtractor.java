package io.newspipe.text.enrich;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.model.Entity;
import io.newspipe.model.Entity.EntityType;
import io.newspipe.text.ner.BioSentence;
import io.newspipe.text.ner.CharFeatures;
import io.newspipe.text.ner.CharNerModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * People, places and organisations in a body. A character-level perceptron tagger ({@link CharNerModel}, trained on
 * the People's Daily 1998 NER data, see the README) reads each paragraph, with HanLP's segmenter (name and place
 * recognition on) and core dictionary as evidence among its features. Generic forms that are not names
 * ({@code 李先生}, {@code 王某}, {@code 李阿姨}) are dropped. The {@link MentionComposer} then applies what the
 * tagger cannot see in a sentence of the 1998 paper (administrative names, suffix chains, company short names,
 * bylines), and a name recognised once is recognised wherever else the body repeats it. Places are normalised against
 * the {@link Gazetteer} (code, level, parent).
 *
 * <p>The model and the segmenter are built once in the constructor and only read afterwards, so one instance may be
 * shared by all stream threads. Thread-safe.
 */
public final class EntityExtractor {
    static final String MODEL = "/ner/char-perceptron.bin.gz";
    private static final Pattern GENERIC_PERSON = Pattern.compile(
            "^.(?:先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|师傅|老师|某某?|总)$|^[老小阿].$");
    private static final Pattern HAN = Pattern.compile(".*\\p{IsHan}.*");

    private final Segment segment;
    private final CharFeatures features;
    private final CharNerModel model;
    private final Gazetteer gazetteer = Gazetteer.shared();
    private final MentionComposer composer; // null: the tagger's mentions as they are (for comparison)

    public EntityExtractor() {
        this(loadModel(), true);
    }

    EntityExtractor(CharNerModel model, boolean compose) {
        this.segment = segment();
        this.features = new CharFeatures(segment);
        this.model = model;
        this.composer = compose ? new MentionComposer(gazetteer) : null;
    }

    /** The tagger alone, without composition or propagation: what {@code eval-ner --tagger-only} scores. */
    public static EntityExtractor taggerOnly() {
        return new EntityExtractor(loadModel(), false);
    }

    /** The body's lines, each segmented once with the model's settings: shared with the other stages that need words. */
    public List<List<Term>> segmentLines(String text) {
        List<List<Term>> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            out.add(line.isBlank() ? List.of() : segment.seg(line));
        }
        return out;
    }

    /**
     * The segmenter the model was trained with: its readings are features, so the settings must match training.
     * HanLP's organisation recognition is off: measured on PD dev the model does as well without it (F1 0.849 vs
     * 0.847; the core dictionary's organisation words are features anyway), and segmentation is a third faster.
     */
    public static Segment segment() {
        return HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(false)
                .enableTranslatedNameRecognize(true)
                .enableJapaneseNameRecognize(false);
    }

    static CharNerModel loadModel() {
        try (InputStream in = EntityExtractor.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the NER model " + MODEL + " is not on the classpath");
            }
            return CharNerModel.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the NER model " + MODEL, e);
        }
    }

    /** Entities of {@code text} in order of first mention, each with the offsets of its mentions. Never null. */
    public List<Entity> extract(String text) {
        return extract(text, segmentLines(text));
    }

    /** The same, from {@link #segmentLines} of {@code text}. */
    public List<Entity> extract(String text, List<List<Term>> lines) {
        Map<String, Acc> found = new LinkedHashMap<>();
        for (BioSentence.Span s : spans(text, lines)) {
            EntityType type = switch (s.type()) {
                case "PER" -> EntityType.PERSON;
                case "LOC" -> EntityType.PLACE;
                default -> EntityType.ORGANIZATION;
            };
            String word = text.substring(s.start(), s.end());
            Acc a = found.computeIfAbsent(type + "\u0000" + word, k -> new Acc(type, word));
            a.offsets.add(s.start());
        }
        List<String> places = found.values().stream().filter(a -> a.type == EntityType.PLACE).map(a -> a.text).toList();
        List<Entity> out = new ArrayList<>(found.size());
        for (Acc a : found.values()) {
            Map<String, Object> normalized = a.type == EntityType.PLACE ? normalizePlace(a.text, places) : null;
            if (a.text.length() < 2 && normalized == null) {
                continue; // a fragment: never an entity without the full name it stands for
            }
            out.add(new Entity(a.type, a.text, a.offsets.size(), a.offsets, normalized));
        }
        return out;
    }

    /**
     * A place against the gazetteer; a one-character abbreviation (湘, 美) first becomes the full name it stands for,
     * which the result carries as {@code name} even where the gazetteer has no code (a country).
     */
    private Map<String, Object> normalizePlace(String text, List<String> places) {
        String full = text.length() == 1 ? PlaceMentions.ABBREVIATIONS.get(text.charAt(0)) : text;
        if (full == null) {
            return null;
        }
        Map<String, Object> normalized = gazetteer.normalize(full, places);
        if (normalized == null && !full.equals(text)) {
            normalized = new LinkedHashMap<>();
            normalized.put("name", full);
        }
        if (normalized != null && !full.equals(text)) {
            normalized.put("abbreviation", text);
        }
        return normalized;
    }

    /**
     * Every mention as a span (PER, LOC, ORG) with offsets into {@code text}, in text order: what {@code eval-ner}
     * scores. Each line is tagged on its own, as the model was trained on sentences.
     */
    public List<BioSentence.Span> spans(String text) {
        return spans(text, segmentLines(text));
    }

    private List<BioSentence.Span> spans(String text, List<List<Term>> segmented) {
        List<BioSentence.Span> out = new ArrayList<>();
        int at = 0;
        String[] lines = text.split("\n", -1);
        for (int l = 0; l < lines.length; l++) {
            String line = lines[l];
            if (!line.isBlank()) {
                List<Term> words = segmented.get(l);
                List<BioSentence.Span> tagged = new ArrayList<>();
                for (BioSentence.Span s : BioSentence.spans(model.tag(features.of(line, words)))) {
                    if (accept(s.type(), line.substring(s.start(), s.end()))) {
                        tagged.add(s);
                    }
                }
                for (BioSentence.Span s : composer == null ? tagged : composer.compose(line, tagged, words)) {
                    if (accept(s.type(), line.substring(s.start(), s.end()))) {
                        out.add(new BioSentence.Span(at + s.start(), at + s.end(), s.type()));
                    }
                }
            }
            at += line.length() + 1;
        }
        return composer == null ? out : propagate(text, out);
    }

    /**
     * A name found once is the same name where the body repeats it and the tagger, reading another sentence, missed
     * it. Only names that cannot be an ordinary word are spread: three characters or more, or a person's two.
     */
    static List<BioSentence.Span> propagate(String text, List<BioSentence.Span> spans) {
        boolean[] taken = new boolean[text.length()];
        Map<String, String> names = new LinkedHashMap<>();
        for (BioSentence.Span s : spans) {
            for (int k = s.start(); k < s.end(); k++) {
                taken[k] = true;
            }
            String word = text.substring(s.start(), s.end());
            if (word.length() >= 3 || s.type().equals("PER") && word.length() == 2) {
                names.putIfAbsent(word, s.type());
            }
        }
        List<BioSentence.Span> out = new ArrayList<>(spans);
        List<Map.Entry<String, String>> longestFirst = new ArrayList<>(names.entrySet());
        longestFirst.sort((a, b) -> b.getKey().length() - a.getKey().length());
        for (Map.Entry<String, String> n : longestFirst) {
            String word = n.getKey();
            for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
                int end = i + word.length();
                if (Mentions.free(taken, i, end) && !(i > 0 && Character.isLetter(text.charAt(i - 1)) && n.getValue().equals("PER")
                        && word.length() == 2 && end < text.length() && Character.isLetter(text.charAt(end)))) {
                    out.add(new BioSentence.Span(i, end, n.getValue()));
                    for (int k = i; k < end; k++) {
                        taken[k] = true;
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(BioSentence.Span::start));
        return out;
    }

    static boolean accept(String type, String word) {
        if (!HAN.matcher(word).matches()) {
            return false;
        }
        return !type.equals("PER") || !GENERIC_PERSON.matcher(word).matches();
    }

    private static final class Acc {
        final EntityType type;
        final String text;
        final List<Integer> offsets = new ArrayList<>();

        Acc(EntityType type, String text) {
            this.type = type;
            this.text = text;
        }
    }
}
