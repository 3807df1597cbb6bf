package io.newspipe.streams;

import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToLongFunction;

/** Bounded state: drops the entries of a store whose time is before a cutoff. Called from a punctuator. */
public final class Retention {
    private Retention() {
    }

    public static <V> int sweep(KeyValueStore<String, V> store, long cutoff, ToLongFunction<V> timeOf) {
        List<String> expired = new ArrayList<>();
        try (KeyValueIterator<String, V> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, V> kv = it.next();
                if (timeOf.applyAsLong(kv.value) < cutoff) {
                    expired.add(kv.key);
                }
            }
        }
        expired.forEach(store::delete);
        return expired.size();
    }
}
