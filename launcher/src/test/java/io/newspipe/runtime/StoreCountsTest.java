package io.newspipe.runtime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StoreCountsTest {
    @Test
    void readsCountsAndNeverCreatesTheSchema(@TempDir Path dir) throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("store.db");
        try (StoreCounts counts = new StoreCounts(url)) {
            assertThrows(SQLException.class, counts::read, "no tables yet: the sink has not written");
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master")) {
                    assertFalse(rs.next(), "reading the counts created no table");
                }
                for (String table : StoreCounts.TABLES) {
                    s.execute("CREATE TABLE " + table + " (id TEXT)");
                }
                s.execute("INSERT INTO articles VALUES ('a'), ('b')");
                s.execute("INSERT INTO duplicates VALUES ('c')");
            }
            assertEquals(Map.of("articles", 2L, "entities", 0L, "indicators", 0L, "duplicates", 1L), counts.read());
            assertEquals(counts.read(), StoreCounts.once(url));
        }
    }
}
