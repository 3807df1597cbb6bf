package io.newspipe.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A store's rows as the explorer tests check them against: the first row of a query, and a count. */
final class StoreRows {
    private StoreRows() {
    }

    /** The first row's columns as text; fails the test when there is no row. */
    static List<String> first(String jdbcUrl, String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            assertTrue(rs.next(), "no row: " + sql);
            List<String> out = new ArrayList<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                out.add(rs.getString(i));
            }
            return out;
        }
    }

    /** The number a {@code SELECT COUNT(…)} answers. */
    static long count(String jdbcUrl, String sql, Object... params) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl); PreparedStatement s = prepare(c, sql, params);
             ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... params) throws Exception {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
        return s;
    }
}
