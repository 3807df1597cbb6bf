package io.newspipe.sink;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CjkBigramsTest {
    @Test
    void bigramsOfCjkRunsAndWholeLatinWords() {
        assertEquals("天心 心区 区网 网格 格员 app 12345", CjkBigrams.of("天心区网格员，APP 12345"));
        assertEquals("网", CjkBigrams.of("网"));
        assertEquals("网格 <-> 格员", CjkBigrams.query("网格员"));
    }
}
