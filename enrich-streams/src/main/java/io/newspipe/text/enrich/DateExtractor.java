package io.newspipe.text.enrich;

import io.newspipe.model.DateMention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates stated in a body: {@code 2024年11月4日} → {@code 2024-11-04}; {@code 3月19日} → {@code --03-19}, or the year
 * of the page when one is known. Stateless and thread-safe.
 */
public final class DateExtractor {
    private static final Pattern DATE = Pattern.compile("(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})[日号]");

    /** @param pageYear the year the page states, or null when unknown */
    public List<DateMention> extract(String text, Integer pageYear) {
        List<DateMention> out = new ArrayList<>();
        Matcher m = DATE.matcher(text);
        Integer lastYear = pageYear;
        while (m.find()) {
            int month = Integer.parseInt(m.group(2));
            int day = Integer.parseInt(m.group(3));
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                continue;
            }
            Integer year = m.group(1) != null ? Integer.valueOf(m.group(1)) : lastYear;
            // A year stated once carries on to the dates after it (2024年11月4日 … 12月29日).
            lastYear = year;
            String iso = year == null ? String.format("--%02d-%02d", month, day)
                    : String.format("%04d-%02d-%02d", year, month, day);
            out.add(new DateMention(m.group(), iso));
        }
        return out;
    }
}
