package io.newspipe.explore;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A piece of SQL with its parameters in order, built up from parts; user input only ever goes in as a parameter.
 * Not thread-safe.
 */
final class Sql {
    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();
    private int conditions;

    Sql() {
    }

    Sql(String text, Object... params) {
        add(text, params);
    }

    Sql add(String sql, Object... values) {
        text.append(sql);
        params.addAll(Arrays.asList(values));
        return this;
    }

    Sql add(Sql other) {
        text.append(other.text);
        params.addAll(other.params);
        return this;
    }

    /** Appends {@code condition} joined by AND to the conditions added before, with WHERE before the first. */
    Sql and(String condition, Object... values) {
        text.append(conditions++ == 0 ? " WHERE " : " AND ").append(condition);
        params.addAll(Arrays.asList(values));
        return this;
    }

    PreparedStatement prepare(Connection c) throws SQLException {
        PreparedStatement s = c.prepareStatement(text.toString());
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }

    /** A LIKE pattern for {@code s} anywhere in the text, with the wildcard characters of {@code s} escaped by '\'. */
    static String contains(String s) {
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    @Override
    public String toString() {
        return text + " " + params;
    }
}
