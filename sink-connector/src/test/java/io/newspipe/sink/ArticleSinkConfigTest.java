package io.newspipe.sink;

import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSinkConfigTest {
    @Test
    void parsesOnceIntoTypedFieldsAndPicksTheDialectFromTheUrl() {
        ArticleSinkConfig c = new ArticleSinkConfig(Map.of("connection.url", "jdbc:postgresql://127.0.0.1:5432/test",
                "connection.password", "secret", "batch.size", "50", "table.prefix", "news_"));
        assertInstanceOf(PostgresDialect.class, c.dialect);
        assertEquals(50, c.batchSize);
        assertEquals("news_", c.tablePrefix);
        assertEquals("secret", c.password.value());
        assertFalse(c.password.toString().contains("secret"), "a password is never printed");
        assertInstanceOf(SqliteDialect.class, new ArticleSinkConfig(Map.of("connection.url", "jdbc:sqlite:x.db")).dialect);
    }

    @Test
    void invalidValuesFailNamingTheKey() {
        assertMessageNames("connection.url", Map.of());
        assertMessageNames("connection.url", Map.of("connection.url", "jdbc:mysql://x/y"));
        assertMessageNames("batch.size", Map.of("connection.url", "jdbc:sqlite:x.db", "batch.size", "0"));
        assertMessageNames("table.prefix", Map.of("connection.url", "jdbc:sqlite:x.db", "table.prefix", "x; drop"));
        assertMessageNames("max.retries", Map.of("connection.url", "jdbc:sqlite:x.db", "max.retries", "-2"));
    }

    @Test
    void everyKeyIsDocumented() {
        ArticleSinkConfig.CONFIG_DEF.configKeys().values().forEach(k -> {
            assertTrue(k.documentation != null && !k.documentation.isBlank(), k.name);
            assertTrue(k.group != null, k.name);
        });
    }

    private static void assertMessageNames(String key, Map<String, String> props) {
        ConfigException e = assertThrows(ConfigException.class, () -> new ArticleSinkConfig(props));
        assertTrue(e.getMessage().contains(key), e.getMessage());
    }
}
