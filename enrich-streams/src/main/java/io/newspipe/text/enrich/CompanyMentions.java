package io.newspipe.text.enrich;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.newspipe.text.ner.BioSentence.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.newspipe.text.enrich.Mentions.*;

/**
 * Companies: a rare name and a trade word (镭目科技), the items of a list that ends in 等…企业, and a registered name
 * taken back to where it starts (中新国睿湖南经济发展集团有限公司). The segmenter reads a brand's rare characters as
 * anything, so a name is judged by where it stands and by the dictionary not knowing it. Stateless; thread-safe.
 */
final class CompanyMentions {
    private CompanyMentions() {
    }

    /** The trade a company's short name ends with (镭目科技, 众盛机械, 东亿电气). */
    static final List<String> COMPANY_WORDS = List.of("电子科技", "科技", "电子", "电气", "机械", "贸易", "汽车", "箱包",
            "智造", "光电", "实业", "能源", "新材料", "传媒", "食品", "生物", "医药", "物流", "控股", "股份", "车联", "重工",
            "环保", "置业", "生态农业");

    static final java.util.regex.Pattern LIST_OF_COMPANIES = java.util.regex.Pattern.compile(
            "((?:[\\p{IsHan}A-Za-z]{2,8}、)+[\\p{IsHan}A-Za-z]{2,8})等(?:(?:一批|\\d+余?家|知名|龙头)[\\p{IsHan}]{0,4}?"
                    + "(?:企业|公司)|(?:企业|公司)|知名平台|电商平台)");

    /**
     * A rare name of two to four characters and a trade word (镭目科技, 华涟智造) is a company, when the name starts
     * a clause, follows a place, or follows a verb (吸引金鑫科技): the segmenter reads a brand's rare characters as
     * anything, so the name is judged by where it stands and by the dictionary not knowing it as a common word.
     */
    static List<Span> addCompanies(String line, List<Span> spans, LineWords words) {
        List<Span> out = new ArrayList<>(spans);
        for (String trade : COMPANY_WORDS) {
            int at = line.indexOf(trade);
            while (at >= 0) {
                int end = at + trade.length();
                for (int name = 4; name >= 2; name--) {
                    int start = at - name;
                    if (start >= 0 && words.startsAt(start) && words.endsAt(end) && allHan(line, start, at)
                            && opensName(line, start, out, words) && rareName(line.substring(start, at))
                            && noVerbOrNumber(words, start, at)
                            && replaceInside(out, start, end, "ORG")) {
                        break;
                    }
                }
                at = line.indexOf(trade, end);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /**
     * The items of a list that ends in 等…企业 (A、B、C等一批企业, A、B等26家企业, A、B等知名平台) are companies, whatever
     * the tagger read in them (a place in 湖南汉尧, a person in 东泰). The first item starts after the verb or mark
     * before it.
     */
    static List<Span> addListedCompanies(String line, List<Span> spans, LineWords words) {
        if (line.indexOf('等') < 0 || line.indexOf('、') < 0) {
            return spans; // the pattern needs both: a cheap test first, as most lines are not lists
        }
        java.util.regex.Matcher m = LIST_OF_COMPANIES.matcher(line);
        List<Span> out = spans;
        while (m.find()) {
            int at = m.start(1);
            int first = m.group(1).indexOf('、') + at;
            int start = first;
            while (start > at && first - start < 8) {
                int from = words.wordStart(start - 1);
                String n = words.nature(start - 1);
                if (from < at || n.startsWith("v") || n.startsWith("p") || n.startsWith("d") || n.startsWith("c")
                        || n.startsWith("u") || n.startsWith("w") || n.startsWith("m")) {
                    break;
                }
                start = from;
            }
            if (out == spans) {
                out = new ArrayList<>(spans);
            }
            int itemStart = start;
            for (int k = first; k <= m.end(1); k++) {
                if (k == m.end(1) || line.charAt(k) == '、') {
                    if (k - itemStart >= 2 && words.startsAt(itemStart)) {
                        replaceInside(out, itemStart, k, "ORG");
                    }
                    itemStart = k + 1;
                }
            }
        }
        if (out != spans) {
            out.sort(Comparator.comparingInt(Span::start));
        }
        return out;
    }

    /**
     * A company's registered name is long (中新国睿湖南经济发展集团有限公司): a mention ending in 公司 or 集团 takes the
     * words before it, back to a mark, a function word or a verb of two characters or more (组织, 吸引); the segmenter
     * reads the rare words of a brand as anything (安培/q 龙/n 传/v), so single-character words of any kind are taken. A
     * registered name starts with its place (湖南…, 郴州…): the extension stops once it has taken one.
     */
    static Span extendCompanyName(String line, Span s, LineWords words, List<Span> others) {
        String text = line.substring(s.start(), s.end());
        if (!s.type().equals("ORG") || !(text.endsWith("公司") || text.endsWith("集团"))) {
            return s;
        }
        int start = s.start();
        while (start > 0 && s.end() - start < 24) {
            int from = words.wordStart(start - 1);
            String n = words.nature(start - 1);
            if (!allHan(line, from, start) || n.isEmpty() || "wupcdrmt".indexOf(n.charAt(0)) >= 0
                    || start - from >= 2 && (n.startsWith("v") && !n.startsWith("vn") || verbFirst(line.substring(from, start)))
                    || "是有在的了给向与和及为将被把对从".indexOf(line.charAt(start - 1)) >= 0) {
                break;
            }
            if (stopsName(line, others, from, start)) {
                break;
            }
            start = from;
        }
        return start == s.start() ? s : new Span(start, s.end(), s.type());
    }

    /**
     * Whether a company name extending back must stop before {@code [from, to)}: another organisation stands there
     * (长航集团|所属长江轮船海外旅游总公司), or a place with its suffix, which locates the company rather than names it
     * (娄底高新区|湖南浩达重工科技有限公司); a bare place (郴州, 湖南) or a person read in a brand is taken.
     */
    static boolean stopsName(String line, List<Span> others, int from, int to) {
        for (Span o : others) {
            if (o.start() < to && from < o.end()) {
                String text = line.substring(o.start(), o.end());
                if (o.type().equals("ORG") || o.type().equals("LOC") && endsWithSuffix(PLACE_SUFFIXES, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the dictionary lists a word first as a verb (组织 [v, n, vn]), whatever the segmenter read here. */
    static boolean verbFirst(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && a.nature[0].toString().equals("v");
    }

    /**
     * Whether a name may start at {@code i}: at a clause start, right after a place, after a particle or after a verb
     * of two characters or more.
     */
    static boolean opensName(String line, int i, List<Span> spans, LineWords words) {
        if (i == 0 || !Character.isLetterOrDigit(line.charAt(i - 1))) {
            return true;
        }
        for (Span s : spans) {
            if (s.end() == i && s.type().equals("LOC")) {
                return true;
            }
        }
        int from = words.wordStart(i - 1);
        String n = words.nature(i - 1);
        return n.startsWith("u") || i - from >= 2 && n.startsWith("v") && !n.startsWith("vn"); // 引进了|, 吸引|
    }

    /**
     * No verb of two characters or more (依托, 研发), no numeral (一只, 千年) and no function word (用, 和, 的) in
     * {@code [from, to)}.
     */
    static boolean noVerbOrNumber(LineWords words, int from, int to) {
        for (int k = from; k < to; k++) {
            String n = words.nature(k);
            if (n.startsWith("m") || n.startsWith("p") || n.startsWith("c") || n.startsWith("u") || n.startsWith("d")
                    || n.startsWith("r") || n.startsWith("v") && !n.startsWith("vn")
                    && (words.wordEnd(k) - words.wordStart(k) >= 2 || n.length() > 1)) {
                return false;
            }
        }
        return true;
    }

    /** A name part the dictionary does not know as a common word, with no function character in it. */
    static boolean rareName(String name) {
        for (int k = 0; k < name.length(); k++) {
            if ("的了在和与及等是为对把被从向将也都".indexOf(name.charAt(k)) >= 0) {
                return false;
            }
        }
        CoreDictionary.Attribute a = CoreDictionary.get(name);
        if (a != null && a.totalFrequency > 20) {
            return false;
        }
        // Nor a common word of two or more characters inside it (努力探索, 现代高): a brand's parts are rare.
        for (int from = 0; from < name.length(); from++) {
            for (int to = from + 2; to <= name.length(); to++) {
                CoreDictionary.Attribute w = CoreDictionary.get(name.substring(from, to));
                if (w != null && w.totalFrequency > 50 && !w.nature[0].toString().startsWith("nr")
                        && !w.nature[0].toString().startsWith("ns") && !w.nature[0].toString().startsWith("nz")) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean endsWithCompanyWord(String text) {
        for (String w : COMPANY_WORDS) {
            if (text.endsWith(w)) {
                return true;
            }
        }
        return false;
    }
}
