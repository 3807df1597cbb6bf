package io.newspipe.text.enrich;

import io.newspipe.text.ner.BioSentence.Span;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * What the composition stages share: the suffix lexicons of places and organisations, the titles that may run on from
 * a body's name, and operations on a line's mention list (offsets into the line, in order). Stateless; thread-safe.
 */
final class Mentions {
    private Mentions() {
    }

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

    static final Set<String> TITLES = Set.of("书记", "副书记", "主任", "副主任", "委员", "政委");

    /** Mentions inside a longer one go (the tagger's pieces of a name the composition rebuilt). */
    static List<Span> withoutCovered(List<Span> spans) {
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
     * Adds {@code [from, to)} in place of the tagger's mentions inside it (a person read in a brand: 金鑫|科技; a piece
     * of a body's name: 市|中医医院); false, and nothing changed, when a mention runs across its edge.
     */
    static boolean replaceInside(List<Span> spans, int from, int to, String type) {
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

    static boolean free(List<Span> spans, int from, int to) {
        for (Span s : spans) {
            if (s.start() < to && from < s.end()) {
                return false;
            }
        }
        return true;
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

    /**
     * Whether one of {@code words} starts at {@code at} of {@code line}: a title running on from a body's name in one
     * word (党委|书记, the body ends where it starts), or a word that ends a run of credited names (通讯员, 报道).
     */
    static boolean startsWithAny(String line, int at, Collection<String> words) {
        for (String w : words) {
            if (line.startsWith(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code text} is a name with one of {@code suffixes} (not the bare suffix). */
    static boolean endsWithSuffix(List<String> suffixes, String text) {
        for (String suffix : suffixes) {
            if (text.endsWith(suffix) && text.length() > suffix.length()) {
                return true;
            }
        }
        return false;
    }

    static boolean allHan(String s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (Character.UnicodeScript.of(s.charAt(k)) != Character.UnicodeScript.HAN) {
                return false;
            }
        }
        return true;
    }
}
