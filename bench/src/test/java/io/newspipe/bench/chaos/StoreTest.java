package io.newspipe.bench.chaos;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StoreTest {
    @Test
    void differencesNameTheRowsOnlyOneSnapshotHolds() {
        Store.Snapshot clean = new Store.Snapshot(List.of("a-01", "a-02"), List.of("b-01 a-01 near"), 10);
        Store.Snapshot crashed = new Store.Snapshot(List.of("a-01", "a-02"), List.of("b-01 a-01 near", "p p replay"), 10);
        assertEquals("", clean.differences(clean));
        assertEquals("duplicates: only here [p p replay] (1), only clean [] (0)", crashed.differences(clean));
        assertEquals("duplicates: only here [] (0), only clean [p p replay] (1)", clean.differences(crashed));
        Store.Snapshot lost = new Store.Snapshot(List.of("a-01"), List.of("b-01 a-01 near"), 7);
        assertEquals("articles: only here [] (0), only clean [a-02] (1); entity rows 7 vs 10", lost.differences(clean));
    }
}
