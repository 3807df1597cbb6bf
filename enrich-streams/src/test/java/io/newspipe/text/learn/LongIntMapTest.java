package io.newspipe.text.learn;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LongIntMapTest {
    @Test
    void behavesLikeAMapThroughGrowthAndCollisions() {
        LongIntMap map = new LongIntMap(4);
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            // Keys that share their low bits collide in the table; negative keys are fine too.
            long key = random.nextBoolean() ? random.nextLong() : (long) random.nextInt(64) << 40;
            if (key == 0) {
                continue;
            }
            map.put(key, i);
            reference.put(key, i);
        }
        assertEquals(reference.size(), map.size());
        reference.forEach((k, v) -> assertEquals(v, map.get(k)));
        assertEquals(-1, map.get(12345L), "a missing key");
        Map<Long, Integer> seen = new HashMap<>();
        map.forEach((value, key) -> seen.put(key, value));
        assertEquals(reference, seen);
    }

    @Test
    void zeroIsReservedForEmptySlots() {
        assertThrows(IllegalArgumentException.class, () -> new LongIntMap(1).put(0L, 1));
    }
}
