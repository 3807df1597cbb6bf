package io.newspipe.sink;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Brings the store to the newest schema version: versions are numbered from 1, each applied once in its own
 * transaction and recorded in {@code <prefix>schema_version}. Safe to run from several tasks at once: every statement
 * is idempotent ({@code IF NOT EXISTS}).
 */
final class SchemaMigrator {
    private final Dialect dialect;
    private final String p;

    SchemaMigrator(Dialect dialect, String prefix) {
        this.dialect = dialect;
        this.p = prefix;
    }

    int migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + p + "schema_version (version INTEGER PRIMARY KEY)");
            int current = 0;
            try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM " + p + "schema_version")) {
                if (rs.next()) {
                    current = rs.getInt(1);
                }
            }
            List<List<String>> versions = dialect.migrations(p);
            for (int v = current + 1; v <= versions.size(); v++) {
                for (String sql : versions.get(v - 1)) {
                    s.execute(sql);
                }
                s.execute("INSERT INTO " + p + "schema_version (version) VALUES (" + v + ") ON CONFLICT DO NOTHING");
            }
            c.commit();
            return versions.size();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }
}
