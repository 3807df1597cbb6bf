package io.newspipe.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class RetentionTest {
    @Test
    void dropsExactlyTheEntriesOlderThanTheCutoff() {
        KeyValueStore<String, Long> store = Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("seen"),
                Serdes.String(), Serdes.Long()).withLoggingDisabled().build();
        MockProcessorContext<String, Long> context = new MockProcessorContext<>();
        store.init(context.getStateStoreContext(), store);
        store.put("old", 100L);
        store.put("edge", 200L);
        store.put("new", 300L);
        assertEquals(1, Retention.sweep(store, 200L, t -> t));
        assertNull(store.get("old"));
        assertNotNull(store.get("edge"), "the cutoff itself is kept");
        assertNotNull(store.get("new"));
        assertEquals(0, Retention.sweep(store, 200L, t -> t), "a second sweep finds nothing");
        store.close();
    }
}
