package io.newspipe.bench.chaos;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RunsTest {
    @Test
    void aTombstoneRemovesTheArticleItNamesFromTheLiveView() {
        List<String> log = List.of("a", "b", "c", Runs.TOMBSTONE + "b", "d");
        assertEquals(Set.of("a", "c", "d"), Runs.liveArticles(log));
        assertEquals(Set.of("a", "c", "d"), Runs.liveArticles(List.of("d", "c", "a")), "order does not matter");
    }
}
