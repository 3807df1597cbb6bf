package io.newspipe.sink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The one character PostgreSQL cannot store, and the rule that removes it. */
class PostgresDialectTest {
    @Test
    void nulIsRemovedFromTextAndFromJsonEscapesOnly() {
        assertEquals("正文", PostgresDialect.withoutNul("正\u0000文"));
        assertEquals("[\"正文\"]", PostgresDialect.withoutNul("[\"正\\u0000文\"]"));
        // An escaped backslash followed by the letters u0000 is text, not the escape: it stays.
        assertEquals("[\"a\\\\u0000\"]", PostgresDialect.withoutNul("[\"a\\\\u0000\"]"));
        assertEquals("[\"a\\\\\"]", PostgresDialect.withoutNul("[\"a\\\\\\u0000\"]"));
        assertEquals("plain", PostgresDialect.withoutNul("plain"));
    }
}
