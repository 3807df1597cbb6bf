package io.newspipe.bench.chaos;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** What a pipeline's store holds, read over JDBC: the figures a scenario compares. Stateless. */
public final class Store {
    private Store() {
    }

    static String sqlite(Path stateDir) {
        return "jdbc:sqlite:" + stateDir.resolve("articles.db").toAbsolutePath();
    }

    /** The column's values in order; an empty list when the table does not exist yet. */
    public static List<String> column(String jdbcUrl, String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            return List.of();
        }
        return out;
    }

    static long count(String jdbcUrl, String table) {
        List<String> c = column(jdbcUrl, "SELECT COUNT(*) FROM " + table);
        return c.isEmpty() ? -1 : Long.parseLong(c.get(0));
    }

    /** The store's rows in a comparable form: article ids, duplicate ids with their verdict, entity rows. */
    record Snapshot(List<String> articles, List<String> duplicates, long entities) {
        static Snapshot of(String jdbcUrl) {
            return new Snapshot(column(jdbcUrl, "SELECT id FROM articles ORDER BY id"),
                    column(jdbcUrl, "SELECT id || ' ' || duplicate_of || ' ' || method FROM duplicates ORDER BY id"),
                    count(jdbcUrl, "entities"));
        }

        /** What this snapshot holds that {@code expected} does not and the other way round, briefly; "" when equal. */
        String differences(Snapshot expected) {
            List<String> out = new ArrayList<>();
            diff("article", articles, expected.articles, out);
            diff("duplicate", duplicates, expected.duplicates, out);
            if (entities != expected.entities) {
                out.add("entity rows " + entities + " vs " + expected.entities);
            }
            return String.join("; ", out);
        }

        private static void diff(String what, List<String> got, List<String> expected, List<String> out) {
            List<String> extra = new ArrayList<>(got);
            extra.removeAll(expected);
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(got);
            if (!extra.isEmpty()) {
                out.add(extra.size() + " " + what + " rows a clean run lacks " + head(extra));
            }
            if (!missing.isEmpty()) {
                out.add(missing.size() + " " + what + " rows missing " + head(missing));
            }
        }

        private static List<String> head(List<String> rows) {
            return rows.subList(0, Math.min(3, rows.size()));
        }
    }
}
