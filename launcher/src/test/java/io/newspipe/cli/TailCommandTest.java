package io.newspipe.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TailCommandTest {
    @Test
    void aTombstonePrintsItsKeyAsJson() {
        assertEquals("{\"id\":\"x\"}", TailCommand.line("x", "{\"id\":\"x\"}"));
        assertEquals("{\"key\":\"a\\\"b\",\"tombstone\":true}", TailCommand.line("a\"b", null));
        assertEquals("{\"key\":null,\"tombstone\":true}", TailCommand.line(null, null));
    }
}
