package io.newspipe.text.enrich;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import io.newspipe.text.ner.BioSentence.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import static io.newspipe.text.enrich.Mentions.*;

/**
 * Places as the gazetteer knows them: administrative names the tagger missed, a mention over two divisions cut into
 * its parts, one-character abbreviations of countries and provinces, China's planning and compass regions. Thread-safe
 * (the gazetteer is read only).
 */
final class PlaceMentions {
    /**
     * China's economic and geographic regions, which no administrative gazetteer lists: the national planning names
     * (城市群, 经济区) and the compass regions.
     */
    static final Set<String> REGIONS = Set.of("珠三角", "长三角", "京津冀", "粤港澳大湾区", "粤港澳", "大湾区", "长株潭",
            "成渝", "环渤海", "北部湾", "海峡西岸", "关中", "中原城市群", "长江经济带", "东北三省", "华北", "华东", "华南",
            "华中", "西南", "西北", "东北", "湘西", "湘南", "湘中", "湘东", "陕甘宁", "港澳", "港澳台", "两岸");

    static final java.util.Map<Integer, Integer> REGION_LENGTHS = Gazetteer.lengthsByPrefix(REGIONS);

    /** Standard one-character abbreviations of countries and provinces, kept only where the tagger read a place. */
    static final java.util.Map<Character, String> ABBREVIATIONS = abbreviations("中中国 华中国 美美国 俄俄罗斯 日日本 韩韩国 "
            + "朝朝鲜 英英国 法法国 德德国 意意大利 印印度 越越南 欧欧洲 非非洲 京北京市 沪上海市 津天津市 渝重庆市 湘湖南省 "
            + "粤广东省 港香港特别行政区 澳澳门特别行政区 台台湾省 鄂湖北省 赣江西省 桂广西壮族自治区 黔贵州省 蜀四川省 川四川省 "
            + "闽福建省 浙浙江省 苏江苏省 皖安徽省 鲁山东省 豫河南省 冀河北省 晋山西省 陕陕西省 陇甘肃省 琼海南省 滇云南省 "
            + "藏西藏自治区 辽辽宁省 黑黑龙江省");

    static final Set<String> NATURE_PLACE = Set.of("ns", "nsf");

    private final Gazetteer gazetteer;

    PlaceMentions(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    static java.util.Map<Character, String> abbreviations(String table) {
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

    /** A country's short name (美国, 中国, 英国): what follows it directly says whose, not which. */
    static boolean country(String text) {
        return text.length() <= 3 && text.endsWith("国");
    }

    /** Places of the gazetteer (a full name, or a county-or-above name without its suffix) where no mention is. */
    List<Span> addGazetteerPlaces(String line, List<Span> spans, LineWords words) {
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
    List<Span> splitPlaces(String line, Span s) {
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
    List<Span> withoutAbbreviationsOfLongerPlaces(String line, List<Span> spans) {
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

    boolean placeName(String w) {
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

    boolean startsWithProvince(String name) {
        for (int len = 2; len <= Math.min(3, name.length()); len++) {
            Gazetteer.Match m = gazetteer.match(name.substring(0, len));
            if (m != null && m.province()) {
                return true;
            }
        }
        return false;
    }
}
