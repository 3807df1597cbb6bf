package io.newspipe.text;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.model.Entity;
import io.newspipe.model.Entity.EntityType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * People, places and organisations in a body, with HanLP's Viterbi segmenter (name, place and organisation
 * recognition on), followed by filters for the errors it is known to make: generic forms taken for names
 * ({@code 李先生}, {@code 王某}), one-character "names", organisation fragments without a head noun.
 *
 * <p>The segmenter is built once in the constructor and only read afterwards; HanLP's Viterbi segment keeps no state
 * between calls, so one instance may be shared by all stream threads. Thread-safe.
 */
public final class EntityExtractor {
    private static final Pattern GENERIC_PERSON = Pattern.compile(
            "^.(?:先生|女士|小姐|阿姨|大爷|大妈|奶奶|爷爷|师傅|老师|某某?|总|书记|局长|主任|县长|市长)$|^[老小阿].$");
    private static final Pattern ORG_HEAD = Pattern.compile(
            ".*(?:公司|集团|局|厅|委|委员会|办|办公室|院|医院|法院|检察院|学校|中学|小学|大学|学院|银行|中心|所|站|队|协会|商会|联合会|"
                    + "政府|部|处|社|馆|厂|店|园|团|会|支队|大队|分局|总局|党委|支部|街道|社区|村委会|合作社|研究院|基地)$");
    /** Characters that do not occur in given names but do follow a surname-like character in running text. */
    private static final Pattern NOT_GIVEN_NAME = Pattern.compile("[更很最都也又就才还在是的了和与等将把被让向从对为说]");
    private static final Pattern HAN = Pattern.compile("^\\p{IsHan}+$");

    private final Segment segment;

    public EntityExtractor() {
        this.segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableOffset(true);
    }

    /** Entities of {@code text} in order of first mention. Never null. */
    public List<Entity> extract(String text) {
        Map<String, Acc> found = new LinkedHashMap<>();
        List<Term> terms = segment.seg(text);
        for (int i = 0; i < terms.size(); i++) {
            Term t = terms.get(i);
            EntityType type = typeOf(t);
            if (type == null) {
                continue;
            }
            String word = t.word;
            int offset = t.offset;
            // 永州市 + 公安局 → 永州市公安局: a place followed by an organisation is one organisation.
            if (type == EntityType.PLACE && i + 1 < terms.size() && typeOf(terms.get(i + 1)) == EntityType.ORGANIZATION) {
                word = word + terms.get(i + 1).word;
                type = EntityType.ORGANIZATION;
                i++;
            }
            if (!accept(type, word)) {
                continue;
            }
            found.computeIfAbsent(type + "\u0000" + word, k -> new Acc()).add(offset);
            found.get(type + "\u0000" + word).type = type;
            found.get(type + "\u0000" + word).text = word;
        }
        List<Entity> out = new ArrayList<>(found.size());
        for (Acc a : found.values()) {
            out.add(new Entity(a.type, a.text, a.offsets.size(), a.offsets, null));
        }
        return out;
    }

    static EntityType typeOf(Term t) {
        String n = t.nature == null ? "" : t.nature.toString();
        if (n.startsWith("nr")) {
            return EntityType.PERSON;
        }
        if (n.startsWith("ns")) {
            return EntityType.PLACE;
        }
        if (n.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }

    static boolean accept(EntityType type, String word) {
        if (!HAN.matcher(word).matches()) {
            return false;
        }
        return switch (type) {
            case PERSON -> word.length() >= 2 && word.length() <= 4 && !GENERIC_PERSON.matcher(word).matches()
                    && Bylines.isName(word.length() == 4 ? word.substring(0, 3) : word)
                    && !NOT_GIVEN_NAME.matcher(word.substring(1)).find();
            case PLACE -> word.length() >= 2;
            case ORGANIZATION -> word.length() >= 3 && ORG_HEAD.matcher(word).matches();
        };
    }

    private static final class Acc {
        EntityType type;
        String text;
        final List<Integer> offsets = new ArrayList<>();

        void add(int offset) {
            offsets.add(offset);
        }
    }
}
