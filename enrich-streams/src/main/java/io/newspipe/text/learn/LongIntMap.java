package io.newspipe.text.learn;


/**
 * An open-addressing map from 64-bit feature hashes to row numbers, without boxing: the model's hot lookup.
 * Key 0 is reserved as "empty" (feature hashes are never 0). Not thread-safe to build; read-only use is safe.
 */
public final class LongIntMap {
    private long[] keys;
    private int[] values;
    private int size;

    public LongIntMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new int[cap];
    }

    public int get(long key) {
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (true) {
            long k = keys[i];
            if (k == key) {
                return values[i];
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
        if (size * 2 >= keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = (int) (key ^ (key >>> 32)) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            size++;
        }
        keys[i] = key;
        values[i] = value;
    }

    public int size() {
        return size;
    }

    /** Calls {@code each} for every key and its value. */
    public void forEach(java.util.function.ObjLongConsumer<Integer> each) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                each.accept(values[i], keys[i]);
            }
        }
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    @Override
    public String toString() {
        return "LongIntMap{size=" + size + ", capacity=" + keys.length + "}";
    }
}
