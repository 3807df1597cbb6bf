package io.newspipe.text;

/** Chinese numerals up to the tens of thousands (三, 十二, 两千, 三百万 without 万 handled by the caller). Thread-safe. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Parses 一 … 九千九百九十九, 两, or plain Arabic digits. @throws NumberFormatException otherwise */
    public static int parse(String s) {
        if (s.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(s);
        }
        int total = 0;
        int digit = -1;
        for (char c : s.toCharArray()) {
            int d = c == '两' ? 2 : DIGITS.indexOf(c);
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
