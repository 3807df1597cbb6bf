package io.newspipe.text.enrich;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.text.ner.BioSentence.Span;

import java.util.ArrayList;
import java.util.List;

import static io.newspipe.text.enrich.Mentions.*;
import static io.newspipe.text.enrich.PersonMentions.*;
import static io.newspipe.text.enrich.CompanyMentions.*;
import static io.newspipe.text.enrich.OrganisationMentions.*;
import static io.newspipe.text.enrich.PlaceMentions.*;

/**
 * What the character tagger's mentions become once what we know is applied, one line at a time: places the
 * administrative gazetteer knows are found even where the tagger missed them; a place or an organisation takes the
 * chain of place and organisation suffixes that follows it into the longest name ({@code 娄底} + {@code 高新区},
 * {@code 郴州市} + {@code 嘉禾县林业局}, {@code 冷水江市} + {@code 铨山镇} + {@code 眉山村}); names glued together are
 * cut apart ({@code 姜毓玲肖瑞}) and a line of names alone (a byline) is read as names; single characters and mentions
 * that end inside a word go. No name list from any page: the knowledge is the gazetteer, the suffix lexicons and the
 * segmenter's dictionary. This class runs the stages in order and keeps what survives; the stages are
 * {@link PersonMentions}, {@link PlaceMentions}, {@link OrganisationMentions} and {@link CompanyMentions}, over
 * {@link LineWords} and the helpers of {@link Mentions}. Stateless; thread-safe.
 */
final class MentionComposer {
    private final PlaceMentions places;
    private final OrganisationMentions organisations;

    MentionComposer(Gazetteer gazetteer) {
        this.places = new PlaceMentions(gazetteer);
        this.organisations = new OrganisationMentions(places);
    }

    /** The line's mentions improved; {@code spans} are the tagger's, offsets into {@code line}, in order. */
    List<Span> compose(String line, List<Span> spans, List<Term> words) {
        List<Span> out = new ArrayList<>();
        List<Span> names = namesOnly(line);
        if (names != null) {
            return names;
        }
        LineWords w = LineWords.of(line, words);
        for (Span s : spans) {
            for (Span part : splitGlued(line, s)) {
                Span trimmed = trim(line, part, w);
                if (trimmed != null) {
                    out.addAll(places.splitPlaces(line, trimmed));
                }
            }
        }
        out = addCredits(line, out);
        out = addLevelBodies(line, out, w);
        out = places.withoutAbbreviationsOfLongerPlaces(line, out);
        out = places.addGazetteerPlaces(line, out, w);
        out = addQuotedNames(line, out, w);
        out = addListedCompanies(line, out, w);
        out = addCompanies(line, out, w);
        out = reattachSuffixes(line, out, w);
        out = extendBySuffixes(line, out, w);
        out = organisations.mergeAdjacent(line, out);
        List<Span> extended = new ArrayList<>();
        for (Span s : out) {
            extended.add(extendCompanyName(line, s, w, out));
        }
        List<Span> kept = new ArrayList<>();
        for (Span s : withoutCovered(extended)) {
            Span snapped = snapToWords(s, words);
            if (snapped != null && (snapped.end() - snapped.start() >= 2 || abbreviation(line, snapped) != null)
                    && !generic(line, snapped)) {
                kept.add(snapped);
            }
        }
        return kept;
    }

    /**
     * A mention that names nothing in particular: a bare suffix (中心, 服务队), a common word the dictionary knows well
     * as something other than a name (区域, 法院), one that runs across a quotation mark, a quoted word read as a
     * person, a quoted place name used as a brand.
     */
    static boolean generic(String line, Span s) {
        if (abbreviation(line, s) != null) {
            return false;
        }
        String text = line.substring(s.start(), s.end());
        if (text.indexOf('“') >= 0 || text.indexOf('”') >= 0 || ORG_SUFFIXES.contains(text) || PLACE_SUFFIXES.contains(text)
                || text.equals("政府")) {
            return true;
        }
        // A quoted word is a slogan, a brand or an app far more often than a person (“宝妈荟”, “国培计划”), and a
        // place name quoted before 牌 or another quote is a brand (“芙蓉”“南岳”牌).
        boolean quoted = s.start() > 0 && (line.charAt(s.start() - 1) == '“' || line.charAt(s.start() - 1) == '‘');
        if (quoted && s.type().equals("PER")) {
            return true;
        }
        if (s.type().equals("PER") && text.length() == 2 && "阿老小".indexOf(text.charAt(1)) >= 0) {
            return true; // 李阿(姨), 王老(师): a form of address cut short
        }
        if (quoted && s.type().equals("LOC") && s.end() + 1 < line.length() && line.charAt(s.end()) == '”'
                && (line.charAt(s.end() + 1) == '“' || line.charAt(s.end() + 1) == '牌')) {
            return true;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(text);
        if (a == null || a.totalFrequency <= 100 || s.type().equals("ORG") && (endsWithSuffix(ORG_SUFFIXES, text)
                || text.endsWith("军") || text.endsWith("党") || text.endsWith("政府") && text.length() >= 3)) {
            return false; // a body's common name (省委, 解放军) is still a body
        }
        String first = a.nature[0].toString();
        return !(first.startsWith("ns") || first.startsWith("nt") || first.startsWith("nr") || first.startsWith("nz")
                || first.startsWith("ni") || first.startsWith("j")); // ni: a body (市委); j: an abbreviation (欧盟)
    }

    /**
     * The tagger's place or organisation mention cut to a name: what comes before a 的 inside it goes
     * (行业30年的大连金马衡器有限公司), and an organisation running past its last suffix by a word (武冈市第二中学英语,
     * 郴州中院速裁团队) ends at that suffix. Null when nothing is left.
     */
    static Span trim(String line, Span s, LineWords words) {
        if (s.type().equals("PER") || s.end() - s.start() < 2) {
            return s;
        }
        int start = s.start();
        for (int k = s.end() - 1; k >= s.start(); k--) {
            if (line.charAt(k) == '的') {
                start = k + 1;
                break;
            }
        }
        int end = s.end();
        String text = line.substring(start, end);
        if (s.type().equals("ORG") && !endsWithSuffix(ORG_SUFFIXES, text)) {
            for (int k = text.length() - 1; k >= 2; k--) {
                if (endsWithSuffix(ORG_SUFFIXES, text.substring(0, k)) && text.length() - k <= 4 && words.endsAt(start + k)) {
                    end = start + k;
                    break;
                }
            }
        }
        return end - start >= 2 ? new Span(start, end, s.type()) : null;
    }

    /**
     * A place or organisation whose end falls inside a word is cut back to that word's start (东安县鹿 → 东安县),
     * unless the rest of the word is a title (司法部|长, 市委|书记) or a place's people (中国|人). A person's name is left whole: the segmenter glues
     * many a given name to the next character (张洁清|算).
     */
    static Span snapToWords(Span s, List<Term> words) {
        if (s.type().equals("PER") || s.end() - s.start() == 1) {
            return s; // a person, or a one-character abbreviation (中|美), which stands inside a word by nature
        }
        int at = 0;
        for (Term t : words) {
            int from = at;
            int to = at + t.word.length();
            at = to;
            String rest = from < s.end() && s.end() < to ? t.word.substring(s.end() - from) : "";
            if (!rest.isEmpty() && from >= s.start() && !TITLES.contains(rest) && !(rest.endsWith("长") && rest.length() <= 2)
                    && !(rest.equals("人") && s.type().equals("LOC"))) {
                return from - s.start() >= 2 ? new Span(s.start(), from, s.type()) : null;
            }
        }
        return s;
    }
}
