package io.newspipe.model;

/**
 * A quantity stated by an article, e.g. {@code 全社会用电量 12.3亿千瓦时}.
 *
 * @param text       the span as printed
 * @param subject    what is measured, from the words before the number; may be null when none could be found
 * @param value      the number as printed, magnitude words applied (3.5万 → 35000)
 * @param unit       the unit as printed (万元, 千瓦时, %, 个 …); may be null
 * @param normalized value and unit after normalisation (CNY, kWh, m2, mu, ratio, count …)
 * @param kind       amount, count, percent, change_yoy, change, rank or multiple
 * @param approx     true when qualified by 近/约/余/多/超
 */
public record Indicator(String text, String subject, double value, String unit, Normalized normalized, String kind,
                        boolean approx) {
    public record Normalized(double value, String unit) {
    }
}
