package io.newspipe.text.learn;


/**
 * An open-addressing map from 64-bit feature hashes to row numbers, without boxing: the model's hot lookup.
 * Key 0 is reserved as "empty" (feature hashes are never 0). Not thread-safe to build; read-only use is safe.
 */
public final class LongIntMap {
    // Key and value side by side (slot i: table[2i] the key, table[2i + 1] the value): a hit reads one cache line,
    // where parallel key and value arrays cost two misses on a model of a few megabytes.
    private long[] table;
    private int size;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        table = new long[cap * 2];
    }

    public int get(long key) {
        int mask = (table.length >> 1) - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = table[i << 1];
            if (k == key) {
                return (int) table[(i << 1) + 1];
            }
            if (k == 0) {
                return -1;
            }
            i = (i + 1) & mask;
        }
    }

    public void put(long key, int value) {
        if (key == 0) {
            throw new IllegalArgumentException("key 0 is reserved");
        }
        if (size * 4 >= table.length) {
            grow();
        }
        int mask = (table.length >> 1) - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (table[i << 1] != 0 && table[i << 1] != key) {
            i = (i + 1) & mask;
        }
        if (table[i << 1] == 0) {
            size++;
        }
        table[i << 1] = key;
        table[(i << 1) + 1] = value;
    }

    public int size() {
        return size;
    }

    /** Calls {@code each} for every key and its value. */
    public void forEach(java.util.function.ObjLongConsumer<Integer> each) {
        for (int i = 0; i < table.length; i += 2) {
            if (table[i] != 0) {
                each.accept((int) table[i + 1], table[i]);
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != 0) {
                put(old[i], (int) old[i + 1]);
            }
        }
    }

    @Override
    public String toString() {
        return "LongIntMap{size=" + size + ", capacity=" + table.length / 2 + "}";
    }
}
