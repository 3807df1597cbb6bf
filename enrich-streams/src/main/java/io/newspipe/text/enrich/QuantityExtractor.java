package io.newspipe.text.enrich;

import io.newspipe.model.Indicator;
import io.newspipe.text.Chars;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quantities an article states: amounts, counts, percentages, year-on-year changes, ranks and multiples, with
 * magnitudes (万, 亿) applied and units normalised (元 → CNY, 千瓦时 → kWh, 平方米 → m2, 亩 → mu, % → ratio).
 * Years used as dates and programme names are not quantities. Stateless and thread-safe.
 */
public final class QuantityExtractor {
    private static final String NUM = "(\\d+(?:\\.\\d+)?)";
    private static final String UNITS = "亿元|万元|千元|元|亿千瓦时|万千瓦时|千瓦时|度|万平方米|平方米|平方公里|万亩|亩|万吨|吨|公里|千米|米|"
            + "万人|万户|万家|万个|个|家|人|件|项|起|户|台|辆|条|所|座|次|名|篇|部|本|场|批|亿|万";
    private static final Pattern QTY = Pattern.compile(
            "(近|约|超过|超|逾)?" + NUM + "(余|多)?(" + UNITS + "|%|倍)(余|多)?");
    /**
     * Quantities written in Chinese numerals (三百万元, 两千家, 数十起). Only numerals with a place word (十百千万亿) or
     * 数 count: 一个 or 两家 in running text are words, not statistics, and 十四五 has no unit after it.
     */
    private static final Pattern CHINESE_QTY = Pattern.compile(
            "(近|约|超过|超|逾)?(数[十百千万]+|[一二两三四五六七八九十][零一二两三四五六七八九十百千万亿]*)(余|多)?(" + UNITS + ")(余|多)?");
    private static final Pattern RANK = Pattern.compile("(?:位列|位居|居|排名|排)(全国|全省|全市|全县)?第([一二三四五六七八九十\\d]+)");
    private static final Pattern CHANGE = Pattern.compile("(同比|环比)?(增长|提升|提高|上升|下降|减少|降低)$");
    private static final Pattern TRAILING_VERB = Pattern.compile(
            "(?:累计|共计|达到|达|为|约|超过|超|近|实现|完成|突破|拥有|拥|有|是|已|共|逾|由|分别|增加到|增长到|提高到|减少到|降至|升至|将|预计)$");
    /** Scope and time words before the measured thing: 全市用电量 measures 用电量 … but 全社会用电量 is kept whole. */
    private static final Pattern LEADING_SCOPE = Pattern.compile(
            "^(?:其中|目前|今年|去年|全年|上半年|下半年|单月|月|园区|我市|本市|该市|该县|该区|全市|全县|全区|全省|全国|在全部|作为|预计|计划|培育|[的了和与及并共对为把被让向从])+");
    private static final Pattern DATES = Pattern.compile("\\d+(?:[—\\-至]\\d+)?(?:年|月份?|日|号)");
    private static final Pattern COUNTED = Pattern.compile("([\\p{IsHan}]{1,8}?)(?:之|中|的|正|在|和|与|等|至|是|，|、|；|。|！|？|\\)|）|$)");
    private static final Pattern SUBJECT_STOP = Pattern.compile("^(?:同比|环比|增长|提升|下降)");

    public List<Indicator> extract(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = QTY.matcher(text);
        while (m.find()) {
            String unit = m.group(4);
            double value = Double.parseDouble(m.group(2));
            boolean approx = m.group(1) != null || m.group(3) != null || m.group(5) != null;
            // A year (2024年) never matches since 年 is not a unit.
            Indicator.Normalized norm = unit.equals("%") ? new Indicator.Normalized(round(value / 100.0), "ratio")
                    : unit.equals("倍") ? new Indicator.Normalized(value, "times") : normalise(value, unit);
            String kind = kind(text, m.start(), unit, norm);
            String counted = kind.equals("count") ? countedAfter(text, m.end()) : null;
            found.add(new Found(m.start(), m.end(), text.substring(m.start(), m.end()), counted, value, unit, norm, kind,
                    approx));
        }
        Matcher cn = CHINESE_QTY.matcher(text);
        while (cn.find()) {
            String unit = cn.group(4);
            String numeral = cn.group(2);
            int from = cn.start();
            int to = cn.end();
            if (numeral.chars().noneMatch(c -> "十百千万亿".indexOf(c) >= 0 || c == '数')
                    || found.stream().anyMatch(f -> f.start() < to && from < f.end())) {
                continue;
            }
            boolean vague = numeral.startsWith("数");
            double value = ChineseNumerals.parseLarge(vague ? "一" + numeral.substring(1) : numeral);
            if (value <= 0 || unit.equals("万") || unit.equals("亿")) {
                continue;
            }
            boolean approx = vague || cn.group(1) != null || cn.group(3) != null || cn.group(5) != null;
            Indicator.Normalized norm = normalise(value, unit);
            String kind = kind(text, cn.start(), unit, norm);
            String counted = kind.equals("count") ? countedAfter(text, cn.end()) : null;
            found.add(new Found(cn.start(), cn.end(), cn.group(), counted, value, unit, norm, kind, approx));
        }
        Matcher r = RANK.matcher(text);
        while (r.find()) {
            int rank = ChineseNumerals.parse(r.group(2));
            found.add(new Found(r.start(), r.end(), r.group(), null, rank, "位", new Indicator.Normalized(rank, "rank"),
                    "rank", false));
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return withSubjects(text, found);
    }

    /**
     * What a quantity states, from its unit and the words just before it: a change (增长, 下降 …, year on year
     * with 同比) whatever its unit, a multiple (倍), a percentage, a count (measure words) or an amount.
     */
    private static String kind(String text, int start, String unit, Indicator.Normalized norm) {
        Matcher change = CHANGE.matcher(text.substring(Math.max(0, start - 24), start));
        if (unit.equals("倍")) {
            return "multiple";
        }
        if (change.find()) {
            return change.group(1) != null ? "change_yoy" : "change";
        }
        return unit.equals("%") ? "percent" : norm.unit().equals("count") ? "count" : "amount";
    }

    private record Found(int start, int end, String text, String counted, double value, String unit,
                         Indicator.Normalized normalized, String kind, boolean approx) {
    }

    /**
     * The measured thing of each quantity: for counts the noun after the measure word (26家企业); otherwise the words
     * before the number, back to the clause start, without dates, scope words (我市, 全市) or verbs (达, 累计). A
     * change, rank, share (占…) or second number in the same sentence that names nothing of its own measures what the
     * quantity before it measured (全社会用电量150.25亿千瓦时，同比增长6.06%).
     */
    private static List<Indicator> withSubjects(String text, List<Found> found) {
        List<Indicator> out = new ArrayList<>(found.size());
        String previous = null;
        int previousEnd = -1;
        boolean previousCount = false;
        for (Found f : found) {
            String gap = previousEnd < 0 ? "" : text.substring(Math.min(previousEnd, f.start()), f.start());
            boolean sameSentence = previousEnd >= 0 && gap.chars().noneMatch(c -> Chars.isSentenceEnd(c) || c == '\n');
            boolean sameClause = sameSentence && gap.chars().noneMatch(c -> c == '，' || c == '；' || c == '、');
            String before = clauseBefore(text, f.start());
            String subject = f.counted() != null ? f.counted() : subject(before);
            // 衡阳拥有37个: an owner and a verb before the number, nothing after it: it counts what the count before did.
            boolean ownerThenVerb = TRAILING_VERB.matcher(before.replaceAll("\\d+(?:\\.\\d+)?", "").strip()).find();
            boolean countOfTheSame = f.kind().equals("count") && f.counted() == null && previousCount && ownerThenVerb;
            boolean dependent = subject == null || before.startsWith("占") || sameClause || countOfTheSame;
            if (sameSentence && previous != null && dependent && f.counted() == null) {
                subject = previous;
            }
            previousCount = f.kind().equals("count");
            out.add(new Indicator(f.text(), subject, f.value(), f.unit(), f.normalized(), f.kind(), f.approx()));
            if (subject != null) {
                previous = subject;
            }
            previousEnd = f.end();
        }
        return out;
    }

    private static String clauseBefore(String text, int at) {
        int from = at;
        while (from > 0 && from > at - 24 && "，。；：！？、\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        return text.substring(from, at);
    }

    /** What a count counts, from the words after its measure word: 26个老工业基地之一 → 老工业基地. */
    static String countedAfter(String text, int end) {
        Matcher m = COUNTED.matcher(text.substring(end, Math.min(text.length(), end + 12)));
        return m.lookingAt() && m.group(1).length() >= 2 ? m.group(1) : null;
    }

    /** The measured thing: the clause before the number without dates, scope words and trailing verbs. */
    static String subject(String clause) {
        String s = DATES.matcher(clause).replaceAll("").replaceAll("\\d+(?:\\.\\d+)?", "").strip();
        s = CHANGE.matcher(s).replaceAll("");
        String previous;
        do {
            previous = s;
            s = TRAILING_VERB.matcher(s).replaceAll("");
            s = LEADING_SCOPE.matcher(s).replaceAll("");
        } while (!s.equals(previous));
        if (s.startsWith("占")) {
            s = s.substring(1);
        }
        // 公司等用电大户用电量: an enumeration before the measured thing is not part of it.
        if (s.lastIndexOf('等') >= 0 && s.lastIndexOf('等') < s.length() - 2) {
            s = s.substring(s.lastIndexOf('等') + 1);
        }
        if (s.length() > 12) {
            s = s.substring(s.length() - 12);
        }
        return s.length() < 2 || SUBJECT_STOP.matcher(s).find() || !s.codePoints().allMatch(Chars::isCjk) ? null : s;
    }

    static Indicator.Normalized normalise(double v, String unit) {
        return switch (unit) {
            case "亿元" -> scaled(v, 1e8, "CNY");
            case "万元" -> scaled(v, 1e4, "CNY");
            case "千元" -> scaled(v, 1e3, "CNY");
            case "元" -> new Indicator.Normalized(v, "CNY");
            case "亿千瓦时" -> scaled(v, 1e8, "kWh");
            case "万千瓦时" -> scaled(v, 1e4, "kWh");
            case "千瓦时", "度" -> new Indicator.Normalized(v, "kWh");
            case "万平方米" -> scaled(v, 1e4, "m2");
            case "平方米" -> new Indicator.Normalized(v, "m2");
            case "平方公里" -> scaled(v, 1e6, "m2");
            case "万亩" -> scaled(v, 1e4, "mu");
            case "亩" -> new Indicator.Normalized(v, "mu");
            case "万吨" -> scaled(v, 1e4, "t");
            case "吨" -> new Indicator.Normalized(v, "t");
            case "公里", "千米" -> scaled(v, 1e3, "m");
            case "米" -> new Indicator.Normalized(v, "m");
            case "万人", "万户", "万家", "万个" -> scaled(v, 1e4, "count");
            case "亿" -> scaled(v, 1e8, "number");
            case "万" -> scaled(v, 1e4, "number");
            default -> new Indicator.Normalized(v, "count");
        };
    }

    /** v × factor in decimal, so that 8.45亿 is 845000000, not 844999999.9999999. */
    private static Indicator.Normalized scaled(double v, double factor, String unit) {
        return new Indicator.Normalized(java.math.BigDecimal.valueOf(v).multiply(java.math.BigDecimal.valueOf(factor))
                .doubleValue(), unit);
    }

    private static double round(double v) {
        return Math.round(v * 1e8) / 1e8;
    }
}
