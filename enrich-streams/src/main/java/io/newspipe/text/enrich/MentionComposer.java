package io.newspipe.text.enrich;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.common.Term;
import io.newspipe.text.ChineseNames;
import io.newspipe.text.ner.BioSentence.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the character tagger's mentions become once what we know is applied, one line at a time: places the
 * administrative gazetteer knows are found even where the tagger missed them; a place or an organisation takes the
 * chain of place and organisation suffixes that follows it into the longest name ({@code 娄底} + {@code 高新区},
 * {@code 郴州市} + {@code 嘉禾县林业局}, {@code 冷水江市} + {@code 铨山镇} + {@code 眉山村}); names glued together are
 * cut apart ({@code 姜毓玲肖瑞}) and a line of names alone (a byline) is read as names; single characters and mentions
 * that end inside a word go. No name list from any page: the knowledge is the gazetteer, the suffix lexicons and the
 * segmenter's dictionary. Stateless; thread-safe.
 */
final class MentionComposer {
    /** The trade a company's short name ends with (镭目科技, 众盛机械, 东亿电气). */
    static final List<String> COMPANY_WORDS = List.of("电子科技", "科技", "电子", "电气", "机械", "贸易", "汽车", "箱包",
            "智造", "光电", "实业", "能源", "新材料", "传媒", "食品", "生物", "医药", "物流", "控股", "股份", "车联", "重工",
            "环保", "置业", "生态农业");
    /** Place suffixes, longest first where one ends another. */
    static final List<String> PLACE_SUFFIXES = List.of("特别行政区", "自治区", "自治州", "自治县", "高新区", "经开区",
            "开发区", "工业园", "产业园", "科学城", "保护区", "收费站", "停车场", "大市场", "湿地", "街道", "社区", "小区",
            "街区", "景区", "公园", "古城", "新区", "高速", "大道", "广场", "基地", "省", "市", "县", "区", "镇", "乡", "村",
            "路", "街", "湖", "江", "河");
    /** Organisation suffixes. */
    static final List<String> ORG_SUFFIXES = List.of("有限责任公司", "有限公司", "分公司", "公司", "集团", "纪委监委",
            "党工委", "党委", "党组", "党支部", "委员会", "派出所", "供电所", "检察院", "人民法院", "中级人民法院", "法院", "中院",
            "分局", "局", "支队", "大队", "服务队", "分行", "支行", "银行", "中心", "附中", "小学", "中学", "大学", "学院",
            "学校", "卫生院", "医院", "办公室", "协会", "商会", "工作室", "工作坊", "办", "所", "站", "厂", "队", "委");
    /**
     * China's economic and geographic regions, which no administrative gazetteer lists: the national planning names
     * (城市群, 经济区) and the compass regions.
     */
    static final Set<String> REGIONS = Set.of("珠三角", "长三角", "京津冀", "粤港澳大湾区", "粤港澳", "大湾区", "长株潭",
            "成渝", "环渤海", "北部湾", "海峡西岸", "关中", "中原城市群", "长江经济带", "东北三省", "华北", "华东", "华南",
            "华中", "西南", "西北", "东北", "湘西", "湘南", "湘中", "湘东", "陕甘宁", "港澳", "港澳台", "两岸");
    private static final java.util.Map<Integer, Integer> REGION_LENGTHS = Gazetteer.lengthsByPrefix(REGIONS);

    /** Standard one-character abbreviations of countries and provinces, kept only where the tagger read a place. */
    static final java.util.Map<Character, String> ABBREVIATIONS = abbreviations("中中国 华中国 美美国 俄俄罗斯 日日本 韩韩国 "
            + "朝朝鲜 英英国 法法国 德德国 意意大利 印印度 越越南 欧欧洲 非非洲 京北京市 沪上海市 津天津市 渝重庆市 湘湖南省 "
            + "粤广东省 港香港特别行政区 澳澳门特别行政区 台台湾省 鄂湖北省 赣江西省 桂广西壮族自治区 黔贵州省 蜀四川省 川四川省 "
            + "闽福建省 浙浙江省 苏江苏省 皖安徽省 鲁山东省 豫河南省 冀河北省 晋山西省 陕陕西省 陇甘肃省 琼海南省 滇云南省 "
            + "藏西藏自治区 辽辽宁省 黑黑龙江省");
    private static final Set<String> NATURE_PLACE = Set.of("ns", "nsf");
    private static final int MAX_NAME = 6;

    private final Gazetteer gazetteer;

    private static java.util.Map<Character, String> abbreviations(String table) {
        java.util.Map<Character, String> out = new java.util.HashMap<>();
        for (String e : table.split(" ")) {
            out.put(e.charAt(0), e.substring(1));
        }
        return java.util.Map.copyOf(out);
    }

    /** The full name a one-character place mention abbreviates, or null if it is not a place abbreviation. */
    static String abbreviation(String line, Span s) {
        return s.end() - s.start() == 1 && s.type().equals("LOC") ? ABBREVIATIONS.get(line.charAt(s.start())) : null;
    }

    MentionComposer(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** The line's mentions improved; {@code spans} are the tagger's, offsets into {@code line}, in order. */
    List<Span> compose(String line, List<Span> spans, List<Term> words) {
        List<Span> out = new ArrayList<>();
        List<Span> names = namesOnly(line);
        if (names != null) {
            return names;
        }
        Words w = Words.of(line, words);
        for (Span s : spans) {
            for (Span part : splitGlued(line, s)) {
                Span trimmed = trim(line, part, w);
                if (trimmed != null) {
                    out.addAll(splitPlaces(line, trimmed));
                }
            }
        }
        out = addCredits(line, out);
        out = addLevelBodies(line, out, w);
        out = withoutAbbreviationsOfLongerPlaces(line, out);
        out = addGazetteerPlaces(line, out, w);
        out = addQuotedNames(line, out, w);
        out = addListedCompanies(line, out, w);
        out = addCompanies(line, out, w);
        out = reattachSuffixes(line, out, w);
        out = extendBySuffixes(line, out, w);
        out = mergeAdjacent(line, out);
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
     * A company's registered name is long (中新国睿湖南经济发展集团有限公司): a mention ending in 公司 or 集团 takes the
     * words before it, back to a mark, a function word or a verb of two characters or more (组织, 吸引); the segmenter
     * reads the rare words of a brand as anything (安培/q 龙/n 传/v), so single-character words of any kind are taken. A
     * registered name starts with its place (湖南…, 郴州…): the extension stops once it has taken one.
     */
    private Span extendCompanyName(String line, Span s, Words words, List<Span> others) {
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
    private static boolean stopsName(String line, List<Span> others, int from, int to) {
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
    private static boolean verbFirst(String word) {
        CoreDictionary.Attribute a = CoreDictionary.get(word);
        return a != null && a.nature[0].toString().equals("v");
    }

    /** A country's short name (美国, 中国, 英国): what follows it directly says whose, not which. */
    private static boolean country(String text) {
        return text.length() <= 3 && text.endsWith("国");
    }

    /** Mentions inside a longer one go (the tagger's pieces of a name the composition rebuilt). */
    private static List<Span> withoutCovered(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> out = new ArrayList<>();
        int reach = -1;
        for (Span s : sorted) {
            if (s.start() >= reach) {
                out.add(s);
                reach = s.end();
            } else if (s.end() > reach) {
                // Overlapping without being covered: the later one keeps what is left of it.
                if (s.end() - reach >= 2) {
                    out.add(new Span(reach, s.end(), s.type()));
                }
                reach = s.end();
            }
        }
        return out;
    }

    /**
     * The tagger's place or organisation mention cut to a name: what comes before a 的 inside it goes
     * (行业30年的大连金马衡器有限公司), and an organisation running past its last suffix by a word (武冈市第二中学英语,
     * 郴州中院速裁团队) ends at that suffix. Null when nothing is left.
     */
    static Span trim(String line, Span s, Words words) {
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

    /** A reporter's or correspondent's names after 记者, 通讯员 or 摄影 inside a line, as PER mentions. */
    static List<Span> addCredits(String line, List<Span> spans) {
        List<Span> found = new ArrayList<>();
        java.util.regex.Matcher m = CREDIT.matcher(line);
        while (m.find()) {
            int from = m.end();
            int to = from;
            while (to < line.length() && (Character.UnicodeScript.of(line.charAt(to)) == Character.UnicodeScript.HAN
                    || line.charAt(to) == ' ' || line.charAt(to) == '\u00A0') && !startsWithAny(line, to, CREDIT_STOPS)) {
                to++;
            }
            List<Span> names = readNames(line, from, to);
            if (names != null) {
                found.addAll(names);
            }
        }
        if (found.isEmpty()) {
            return spans;
        }
        List<Span> out = new ArrayList<>(found);
        for (Span s : spans) {
            if (free(found, s.start(), s.end())) {
                out.add(s);
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    private static final List<String> CREDIT_STOPS = List.of("通讯员", "记者", "报道", "摄影", "摄", "讯", "实习生", "见习");
    private static final java.util.regex.Pattern CREDIT = java.util.regex.Pattern.compile("(?:记者|通讯员|摄影)[ \u00A0]*");
    private static final String LEVELS = "省市县区";
    private static final List<String> LEVEL_BODIES = List.of("委", "政府", "人大", "政协", "纪委", "纪委监委");
    private static final Set<String> TITLES = Set.of("书记", "副书记", "主任", "副主任", "委员", "政委");

    /**
     * A body named by its level alone (市委, 县政府, 区社会组织促进发展中心, 市中医医院): a level character that starts a
     * word, then a body's name and an organisation suffix.
     */
    private static List<Span> addLevelBodies(String line, List<Span> spans, Words words) {
        List<Span> out = new ArrayList<>(spans);
        for (int i = 0; i + 1 < line.length(); i++) {
            if (LEVELS.indexOf(line.charAt(i)) < 0 || !words.startsAt(i)
                    || !(words.endsAt(i + 1) || words.nature(i).startsWith("ni") || words.nature(i).startsWith("nt")
                    || words.nature(i).startsWith("nr"))) {
                continue;
            }
            int end = levelBodyAt(line, i + 1, words);
            if (end < 0) {
                for (int name = 1; name <= 10 && end < 0 && i + 1 + name < line.length(); name++) {
                    if (!words.nameLike(i + name) && !words.nature(i + name).startsWith("v")) {
                        break;
                    }
                    for (String suffix : ORG_SUFFIXES) {
                        int e = i + 1 + name + suffix.length();
                        if (suffix.length() >= 2 && line.startsWith(suffix, i + 1 + name) && words.endsAt(e)) {
                            end = e;
                            break;
                        }
                    }
                }
            }
            if (end > 0 && replaceInside(out, i, end, "ORG")) {
                i = end - 1;
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /** The end of a level's own body (政府, 委, 人大…) starting at {@code at}, or -1. */
    private static int levelBodyAt(String line, int at, Words words) {
        int end = -1;
        for (String body : LEVEL_BODIES) {
            int e = at + body.length();
            if (line.startsWith(body, at) && (words.endsAt(e) || startsWithAny(line, e, TITLES))) {
                end = Math.max(end, e);
            }
        }
        return end;
    }

    /** A short line of names and nothing else (a byline or a closing credit), read as PER mentions; else null. */
    static List<Span> namesOnly(String line) {
        int from = 0;
        int to = line.length();
        if (to - from >= 2 && "（(".indexOf(line.charAt(0)) >= 0 && "）)".indexOf(line.charAt(to - 1)) >= 0) {
            from++;
            to--;
        }
        if (to - from < 4 || to - from > 24) {
            return null;
        }
        List<Span> names = readNames(line, from, to);
        return names != null && names.size() >= 2 ? names : null;
    }

    /** {@code line[from, to)} read as two or more names and spaces, or null. */
    private static List<Span> readNames(String line, int from, int to) {
        while (to > from && (line.charAt(to - 1) == ' ' || line.charAt(to - 1) == '\u00A0')) {
            to--;
        }
        List<Span> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            if (line.charAt(i) == ' ' || line.charAt(i) == '\u00A0') {
                i++;
                continue;
            }
            int len = nameLength(line, i, to);
            if (len == 0) {
                return null;
            }
            out.add(new Span(i, i + len, "PER"));
            i += len;
        }
        return out.size() >= 1 && to - from <= 24 ? out : null;
    }

    /** The length of a person name starting at {@code i} (3 preferred, then 2), such that the rest still reads. */
    private static int nameLength(String s, int i, int to) {
        for (int len : new int[]{3, 2}) {
            int end = i + len;
            if (end <= to && allHan(s, i, end) && ChineseNames.isSurname(s.charAt(i)) && (end == to || s.charAt(end) == ' '
                    || s.charAt(end) == '\u00A0' || ChineseNames.isSurname(s.charAt(end)) && nameLength(s, end, to) > 0)) {
                return len;
            }
        }
        return 0;
    }

    /**
     * A person mention of 5 or 6 characters that reads as two names (姜毓玲肖瑞) becomes two; four characters are
     * left alone, as many a foreign or compound-surname name reads as two (周森古沙, 欧阳…).
     */
    private static List<Span> splitGlued(String line, Span s) {
        int len = s.end() - s.start();
        if (!s.type().equals("PER") || len < 5 || len > 6) {
            return List.of(s);
        }
        for (int cut : new int[]{3, 2}) {
            int rest = len - cut;
            if (rest >= 2 && rest <= 3 && ChineseNames.isSurname(line.charAt(s.start()))
                    && ChineseNames.isSurname(line.charAt(s.start() + cut))) {
                return List.of(new Span(s.start(), s.start() + cut, "PER"), new Span(s.start() + cut, s.end(), "PER"));
            }
        }
        return List.of(s);
    }

    /** Places of the gazetteer (a full name, or a county-or-above name without its suffix) where no mention is. */
    private List<Span> addGazetteerPlaces(String line, List<Span> spans, Words words) {
        boolean[] taken = new boolean[line.length()];
        for (Span s : spans) {
            for (int k = s.start(); k < s.end(); k++) {
                taken[k] = true;
            }
        }
        List<Span> out = new ArrayList<>(spans);
        for (int i = 0; i < line.length(); i++) {
            int known = taken[i] ? 0 : gazetteer.lengthsAt(line, i);
            if (known == 0 || !words.startsAt(i)) {
                continue;
            }
            // Only lengths some name has: a place name is a region or a gazetteer name (placeName).
            known |= REGION_LENGTHS.getOrDefault(Gazetteer.prefixAt(line, i), 0);
            for (int len = Math.min(10, line.length() - i); len >= 2; len--) {
                if ((known >>> len & 1) != 0 && free(taken, i, i + len) && placeName(line.substring(i, i + len))) {
                    out.add(new Span(i, i + len, "LOC"));
                    for (int k = i; k < i + len; k++) {
                        taken[k] = true;
                    }
                    i += len - 1;
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /**
     * A place mention that runs over two divisions (长沙市天心区, X县Y镇) becomes its parts, as a chain of places is:
     * cut after a county-or-above name with its suffix when what follows is a place with a suffix of its own.
     */
    private List<Span> splitPlaces(String line, Span s) {
        if (!s.type().equals("LOC")) {
            return List.of(s);
        }
        String text = line.substring(s.start(), s.end());
        for (int k = 3; k <= text.length() - 2; k++) {
            Gazetteer.Match m = "省市县区".indexOf(text.charAt(k - 1)) >= 0 ? gazetteer.match(text.substring(0, k)) : null;
            if (m != null && m.fullName() && m.countyOrAbove() && endsWithSuffix(PLACE_SUFFIXES, text.substring(k))) {
                List<Span> out = new ArrayList<>();
                out.add(new Span(s.start(), s.start() + k, "LOC"));
                out.addAll(splitPlaces(line, new Span(s.start() + k, s.end(), "LOC")));
                return out;
            }
        }
        return List.of(s);
    }

    /** A one-character place that starts a longer place name (中 of 中方县) is that place's first character. */
    private List<Span> withoutAbbreviationsOfLongerPlaces(String line, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            boolean starts = false;
            for (int len = 2; gazetteer.mayStartAt(line, s.start()) && s.end() - s.start() == 1 && len <= 10 && s.start() + len <= line.length() && !starts; len++) {
                Gazetteer.Match m = gazetteer.match(line.substring(s.start(), s.start() + len));
                starts = m != null && m.fullName();
            }
            if (!starts) {
                out.add(s);
            }
        }
        return out;
    }

    private boolean placeName(String w) {
        if (REGIONS.contains(w)) {
            return true;
        }
        if (PLACE_SUFFIXES.contains(w) || ORG_SUFFIXES.contains(w)) {
            return false; // a township called 高新区 exists; the word alone is another place's suffix
        }
        Gazetteer.Match m = gazetteer.match(w);
        if (m == null) {
            return false;
        }
        if (m.fullName()) {
            return true;
        }
        // A short form (冷水江, 桂阳) is a place unless the dictionary knows the word well as something else (和平,
        // 中方, 通道): accepted when unknown, known as a place and not common, or a rare noun.
        if (!m.countyOrAbove()) {
            return false;
        }
        CoreDictionary.Attribute a = CoreDictionary.get(w);
        if (a == null) {
            return true;
        }
        boolean place = false;
        for (var nature : a.nature) {
            place |= NATURE_PLACE.contains(nature.toString());
        }
        return place ? a.totalFrequency < 100 : a.totalFrequency <= 2 && a.nature.length == 1
                && a.nature[0].toString().startsWith("n");
    }

    /**
     * A name in quotation marks right before an organisation suffix ({@code “锦都电骏马”共产党员服务队}) is an
     * organisation's name; the quotes and the words outside them are not part of it.
     */
    private static List<Span> addQuotedNames(String line, List<Span> spans, Words words) {
        List<Span> out = new ArrayList<>(spans);
        int open = line.indexOf('“');
        while (open >= 0) {
            int close = line.indexOf('”', open + 1);
            if (close < 0) {
                break;
            }
            int len = close - open - 1;
            int[] suffix = len >= 2 && len <= 12 && allHan(line, open + 1, close)
                    ? suffixAt(line, close + 1, line.length(), words) : null;
            if (suffix != null && suffix[1] == 1 && free(out, open + 1, close)) {
                out.add(new Span(open + 1, close, "ORG"));
            }
            open = line.indexOf('“', close + 1);
        }
        out.sort(Comparator.comparingInt(Span::start));
        return out;
    }

    /**
     * A rare name of two to four characters and a trade word (镭目科技, 华涟智造) is a company, when the name starts
     * a clause, follows a place, or follows a verb (吸引金鑫科技): the segmenter reads a brand's rare characters as
     * anything, so the name is judged by where it stands and by the dictionary not knowing it as a common word.
     */
    private static List<Span> addCompanies(String line, List<Span> spans, Words words) {
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

    private static final java.util.regex.Pattern LIST_OF_COMPANIES = java.util.regex.Pattern.compile(
            "((?:[\\p{IsHan}A-Za-z]{2,8}、)+[\\p{IsHan}A-Za-z]{2,8})等(?:(?:一批|\\d+余?家|知名|龙头)[\\p{IsHan}]{0,4}?"
                    + "(?:企业|公司)|(?:企业|公司)|知名平台|电商平台)");

    /**
     * The items of a list that ends in 等…企业 (A、B、C等一批企业, A、B等26家企业, A、B等知名平台) are companies, whatever
     * the tagger read in them (a place in 湖南汉尧, a person in 东泰). The first item starts after the verb or mark
     * before it.
     */
    private static List<Span> addListedCompanies(String line, List<Span> spans, Words words) {
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
     * Whether a name may start at {@code i}: at a clause start, right after a place, after a particle or after a verb
     * of two characters or more.
     */
    private static boolean opensName(String line, int i, List<Span> spans, Words words) {
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
    private static boolean noVerbOrNumber(Words words, int from, int to) {
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
    private static boolean rareName(String name) {
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

    /**
     * Adds {@code [from, to)} in place of the tagger's mentions inside it (a person read in a brand: 金鑫|科技; a piece
     * of a body's name: 市|中医医院); false, and nothing changed, when a mention runs across its edge.
     */
    private static boolean replaceInside(List<Span> spans, int from, int to, String type) {
        for (Span s : spans) {
            boolean inside = from <= s.start() && s.end() <= to;
            if (!inside && s.start() < to && from < s.end()) {
                return false;
            }
        }
        spans.removeIf(s -> from <= s.start() && s.end() <= to);
        spans.add(new Span(from, to, type));
        return true;
    }

    private static boolean free(List<Span> spans, int from, int to) {
        for (Span s : spans) {
            if (s.start() < to && from < s.end()) {
                return false;
            }
        }
        return true;
    }

    /**
     * A place or organisation followed by a chain of suffixed names takes the chain into one organisation when the
     * chain ends in an organisation suffix (郴州市 + 嘉禾县林业局). A chain of places stays its parts: a suffix right
     * after a name belongs to it (娄底 + 高新区, 赤岭路 + 街道), and so does a named site after a bare place name
     * (衡阳 + 智能衡器计量产业园); after a place with its own suffix, the next suffixed name is the next place
     * (天心区 | 赤岭路街道 | 白沙花园社区). A person's name right before a suffix names the place or the business
     * (潘海辉 + 食品厂, 白沙 + 路).
     */
    private static List<Span> extendBySuffixes(String line, List<Span> spans, Words words) {
        List<Span> out = new ArrayList<>();
        for (int n = 0; n < spans.size(); n++) {
            Span s = spans.get(n);
            int limit = n + 1 < spans.size() ? spans.get(n + 1).start() : line.length();
            String text = line.substring(s.start(), s.end());
            // A city's or county's government is a body (衡阳市政府); a zone's (特区政府) is its place and a word.
            int body = s.type().equals("LOC") && "省市县".indexOf(text.charAt(text.length() - 1)) >= 0
                    ? levelBodyAt(line, s.end(), words) : -1;
            if (body > 0 && body <= limit) {
                out.add(new Span(s.start(), body, "ORG")); // 衡阳市 + 政府
                continue;
            }
            List<Span> parts = new ArrayList<>();
            parts.add(s);
            int end = s.end();
            boolean org = false;
            while (true) {
                int[] next = suffixAt(line, end, limit, words);
                if (next == null || s.type().equals("PER") && parts.size() == 1 && next[2] > 0 && next[1] == 0
                        || parts.size() == 1 && next[2] == 0 && country(text)) {
                    break; // 美国 + 公司 is American companies, not a company's name
                }
                Span last = parts.get(parts.size() - 1);
                String type = next[1] == 1 ? "ORG" : "LOC";
                if (next[2] == 0 || last.type().equals("PER")
                        || !endsWithSuffix(PLACE_SUFFIXES, line.substring(last.start(), last.end()))) {
                    parts.set(parts.size() - 1, new Span(last.start(), next[0], type));
                } else {
                    parts.add(new Span(end, next[0], type));
                }
                org |= next[1] == 1;
                end = next[0];
            }
            if (org) {
                out.add(new Span(s.start(), end, "ORG"));
            } else {
                out.addAll(parts);
            }
        }
        return out;
    }

    /**
     * A mention that starts with a bare place suffix right after another mention (赤岭路 | 街道白沙花园社区): the suffix
     * belongs to the mention before it, and what follows it is a place of its own.
     */
    private static List<Span> reattachSuffixes(String line, List<Span> spans, Words words) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span last = out.isEmpty() ? null : out.get(out.size() - 1);
            String suffix = last == null || last.end() != s.start() || last.type().equals("PER") ? null
                    : PLACE_SUFFIXES.stream().filter(x -> x.length() >= 2 && line.startsWith(x, s.start())
                    && words.endsAt(s.start() + x.length())).findFirst().orElse(null);
            if (suffix == null) {
                out.add(s);
                continue;
            }
            out.set(out.size() - 1, new Span(last.start(), s.start() + suffix.length(), "LOC"));
            if (s.end() - s.start() - suffix.length() >= 2) {
                out.add(new Span(s.start() + suffix.length(), s.end(), s.type()));
            }
        }
        return out;
    }

    /**
     * From {@code at}: a name part of at most {@value #MAX_NAME} characters and a suffix, ending where a word ends, the
     * name made of names and nouns (no verb, adverb, preposition, number…): [end, 1 if ORG, length of the name part];
     * else null.
     */
    private static int[] suffixAt(String line, int at, int limit, Words words) {
        for (int name = 0; name <= MAX_NAME && at + name < limit; name++) {
            if (name > 0 && !words.nameLike(at + name - 1)) {
                return null;
            }
            int from = at + name;
            for (String suffix : ORG_SUFFIXES) {
                int end = from + suffix.length();
                if (end <= limit && line.startsWith(suffix, from) && (suffix.length() >= 2 || name >= 2)
                        && (words.endsAt(end) || startsWithAny(line, end, TITLES))) {
                    return new int[]{end, 1, name};
                }
            }
            for (String suffix : PLACE_SUFFIXES) {
                int end = from + suffix.length();
                if (end <= limit && line.startsWith(suffix, from) && (suffix.length() >= 2 || name >= 2) && words.endsAt(end)) {
                    return new int[]{end, 0, name};
                }
            }
        }
        return null;
    }

    /** Where the segmenter's words end, and what each character's word is. */
    private record Words(boolean[] ends, String[] nature) {
        static Words of(String line, List<Term> terms) {
            boolean[] ends = new boolean[line.length() + 1];
            String[] nature = new String[line.length()];
            int at = 0;
            for (Term t : terms) {
                for (int k = at; k < Math.min(line.length(), at + t.word.length()); k++) {
                    nature[k] = t.nature == null ? "" : t.nature.toString();
                }
                at += t.word.length();
                if (at <= line.length()) {
                    ends[at] = true;
                }
            }
            ends[line.length()] = true;
            return new Words(ends, nature);
        }

        boolean endsAt(int i) {
            return i < ends.length && ends[i];
        }

        boolean startsAt(int i) {
            return i == 0 || endsAt(i);
        }

        /** Where the word holding character {@code i} starts. */
        int wordStart(int i) {
            int k = i;
            while (k > 0 && !ends[k]) {
                k--;
            }
            return k;
        }

        /** Where the word holding character {@code i} ends. */
        int wordEnd(int i) {
            int k = i + 1;
            while (k < ends.length - 1 && !ends[k]) {
                k++;
            }
            return k;
        }

        String nature(int i) {
            return i < 0 || i >= nature.length || nature[i] == null ? "" : nature[i];
        }

        /** A character of a name, a noun or a place word; never of a verb, adverb, number, pronoun or particle. */
        boolean nameLike(int i) {
            String n = nature[i] == null ? "" : nature[i];
            // A verbal noun (发展, 计量, 执法) is part of many a name (计量产业园, 经济发展集团).
            return !n.isEmpty() && ("vdpcurmqwyeotfak".indexOf(n.charAt(0)) < 0 || n.startsWith("vn"));
        }
    }

    /**
     * A place right before an organisation is part of its name (郴州市 + 嘉禾县林业局); a chain of places stays its
     * parts (冷水江市 | 铨山镇 | 眉山村), as the public sets annotate it and as the gazetteer normalises it, unless the organisation names its own province (a company's registered name: 湖南浩达重工…) or is a
     * company's short name (a locator then: 石鼓区 + 天雁机械). An organisation right before another is the unit
     * it belongs to (冷水江公司 + 城北供电所).
     */
    private List<Span> mergeAdjacent(String line, List<Span> spans) {
        List<Span> out = new ArrayList<>();
        for (Span s : spans) {
            Span merged = s;
            while (!out.isEmpty()) {
                Span last = out.get(out.size() - 1);
                String text = line.substring(merged.start(), merged.end());
                boolean join = last.end() == merged.start() && !merged.type().equals("PER") && (last.type().equals("LOC")
                        && merged.type().equals("ORG") && !startsWithProvince(text) && !endsWithCompanyWord(text)
                        || last.type().equals("ORG") && merged.type().equals("ORG"));
                if (!join) {
                    break;
                }
                out.remove(out.size() - 1);
                merged = new Span(last.start(), merged.end(), merged.type());
            }
            out.add(merged);
        }
        return out;
    }

    private static boolean endsWithCompanyWord(String text) {
        for (String w : COMPANY_WORDS) {
            if (text.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean startsWithProvince(String name) {
        for (int len = 2; len <= Math.min(3, name.length()); len++) {
            Gazetteer.Match m = gazetteer.match(name.substring(0, len));
            if (m != null && m.province()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A place or organisation whose end falls inside a word is cut back to that word's start (东安县鹿 → 东安县),
     * unless the rest of the word is a title (司法部|长, 市委|书记) or a place's people (中国|人). A person's name is left whole: the segmenter glues
     * many a given name to the next character (张洁清|算).
     */
    private static Span snapToWords(Span s, List<Term> words) {
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

    /**
     * Whether one of {@code words} starts at {@code at} of {@code line}: a title running on from a body's name in one
     * word (党委|书记, the body ends where it starts), or a word that ends a run of credited names (通讯员, 报道).
     */
    private static boolean startsWithAny(String line, int at, Collection<String> words) {
        for (String w : words) {
            if (line.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is a name with one of {@code suffixes} (not the bare suffix). */
    private static boolean endsWithSuffix(List<String> suffixes, String text) {
        for (String suffix : suffixes) {
            if (text.endsWith(suffix) && text.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    /** Whether no character of {@code [from, to)} is taken. */
    static boolean free(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean allHan(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.UnicodeScript.of(s.charAt(k)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
