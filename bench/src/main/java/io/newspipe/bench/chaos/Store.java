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

        /** What differs from {@code expected}, as {@link KillScenario#difference} says it per table; "" when equal. */
        String differences(Snapshot expected) {
            List<String> out = new ArrayList<>();
            if (!articles.equals(expected.articles)) {
                out.add("articles: " + KillScenario.difference(articles, expected.articles));
            }
            if (!duplicates.equals(expected.duplicates)) {
                out.add("duplicates: " + KillScenario.difference(duplicates, expected.duplicates));
            }
            if (entities != expected.entities) {
                out.add("entity rows " + entities + " vs " + expected.entities);
            }
            return String.join("; ", out);
        }
    }
}
