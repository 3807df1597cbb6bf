package io.newspipe.explore;

import java.util.List;
import java.util.Map;

/** Rows as CSV (RFC 4180): a header of the first row's keys, fields quoted when they need it. Stateless. */
final class Csv {
    private Csv() {
    }

    static String of(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        List<String> columns = List.copyOf(rows.get(0).keySet());
        out.append(String.join(",", columns.stream().map(Csv::field).toList())).append("\r\n");
        for (Map<String, Object> row : rows) {
            out.append(String.join(",", columns.stream().map(c -> field(row.get(c))).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static String field(Object value) {
        String s = value == null ? "" : value.toString();
        // A leading = + - @ makes a spreadsheet run the cell as a formula: quote it with a leading apostrophe.
        if (!s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
            s = "'" + s;
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
