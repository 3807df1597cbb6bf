package io.newspipe.cli;

import picocli.CommandLine;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a duration as a user writes it: ISO-8601 ({@code PT0.5S}, {@code P30D}), a number with a unit
 * ({@code 500ms}, {@code 0.5s}, {@code 2m}, {@code 1h}, {@code 30d}) or a bare number of seconds ({@code 0.5}).
 */
final class Durations implements CommandLine.ITypeConverter<Duration> {
    private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h|d)?");

    @Override
    public Duration convert(String value) {
        return parse(value);
    }

    static Duration parse(String value) {
        String v = value.strip();
        if (v.toUpperCase(Locale.ROOT).startsWith("P")) {
            return Duration.parse(v);
        }
        Matcher m = SIMPLE.matcher(v.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new CommandLine.TypeConversionException("'" + value
                    + "' is not a duration: write 500ms, 0.5s, 2m, 1h, 30d or ISO-8601 (PT0.5S)");
        }
        double n = Double.parseDouble(m.group(1));
        long millis = Math.round(n * switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> 1;
            case "s" -> 1_000;
            case "m", "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 86_400_000;
        });
        return Duration.ofMillis(millis);
    }
}
