package io.newspipe.text.enrich;

/** Chinese numerals up to the tens of thousands (三, 十二, 两千, 三百万 without 万 handled by the caller). Thread-safe. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Parses numerals with 万 and 亿 too: 三百万 → 3,000,000, 一亿二千万 → 120,000,000. 0 when not a numeral. */
    public static double parseLarge(String s) {
        try {
            int yi = s.indexOf('亿');
            if (yi >= 0) {
                return (yi == 0 ? 1 : parseLarge(s.substring(0, yi))) * 1e8 + (yi + 1 < s.length() ? parseLarge(s.substring(yi + 1)) : 0);
            }
            int wan = s.indexOf('万');
            if (wan >= 0) {
                return (wan == 0 ? 1 : parse(s.substring(0, wan))) * 1e4 + (wan + 1 < s.length() ? parse(s.substring(wan + 1)) : 0);
            }
            return s.isEmpty() ? 0 : parse(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Parses 一 … 九千九百九十九, 两, or plain Arabic digits. @throws NumberFormatException otherwise */
    public static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int total = 0;
        int digit = -1;
        for (char c : s.toCharArray()) {
            int d = c == '两' ? 2 : c == '〇' ? 0 : DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                default -> throw new NumberFormatException("not a Chinese numeral: " + s);
            };
            total += (digit < 0 ? 1 : digit) * unit;
            digit = -1;
        }
        return total + Math.max(digit, 0);
    }
}
