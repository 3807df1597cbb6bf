package io.newspipe.sink;

import java.util.regex.Pattern;

/** JDBC URLs as they may be shown: the one place that knows where a URL carries a secret. Thread-safe. */
public final class JdbcUrls {
    private static final Pattern PASSWORD = Pattern.compile("(?i)(password=)[^&;]*");

    private JdbcUrls() {
    }

    /** The URL with any {@code password=} parameter's value replaced by {@code ***}: safe to log or print. */
    public static String redact(String url) {
        return url == null ? null : PASSWORD.matcher(url).replaceAll("$1***");
    }
}
