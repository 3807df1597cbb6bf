package io.newspipe.streams.near;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearDuplicateBucketTest {
    private static final long DAY = 86_400_000L;

    @Test
    void anEarlierCloseMemberIsTheMatchAndOrderIsByTimeThenId() {
        NearDuplicateBucket b = NearDuplicateBucket.empty();
        assertNull(b.matchAndAdd(new NearDuplicateBucket.Member("a", 100, 0b1111L), 3, DAY, 10));
        NearDuplicateBucket.Match m = b.matchAndAdd(new NearDuplicateBucket.Member("b", 200, 0b0111L), 3, DAY, 10);
        assertEquals(new NearDuplicateBucket.Match("a", 1), m);
        // Arriving later but stamped earlier: nothing in the bucket precedes it, so it is nobody's duplicate here.
        assertNull(b.matchAndAdd(new NearDuplicateBucket.Member("c", 50, 0b1111L), 3, DAY, 10));
        assertNull(b.matchAndAdd(new NearDuplicateBucket.Member("d", 300, ~0L), 3, DAY, 10), "too far apart");
    }

    @Test
    void replaysAreNotAddedTwiceAndTheBoundsHold() {
        NearDuplicateBucket b = NearDuplicateBucket.empty();
        b.matchAndAdd(new NearDuplicateBucket.Member("a", 100, 1L), 3, DAY, 2);
        b.matchAndAdd(new NearDuplicateBucket.Member("a", 100, 1L), 3, DAY, 2);
        assertEquals(1, b.members().size());
        b.matchAndAdd(new NearDuplicateBucket.Member("b", 200, 1L), 3, DAY, 2);
        b.matchAndAdd(new NearDuplicateBucket.Member("c", 300, 1L), 3, DAY, 2);
        assertEquals(2, b.members().size(), "at most maxMembers");
        assertEquals("b", b.members().get(0).id(), "the oldest went first");
        b.matchAndAdd(new NearDuplicateBucket.Member("e", 300 + 2 * DAY, 1L), 3, DAY, 10);
        assertEquals(1, b.members().size(), "members older than the retention are dropped");
        assertTrue(b.expire(400 + 3 * DAY));
    }

    @Test
    void bytesRoundTrip() {
        NearDuplicateBucket b = NearDuplicateBucket.empty();
        b.matchAndAdd(new NearDuplicateBucket.Member("5b25397bc141a43b-03", 1764000000000L, -42L), 3, DAY, 10);
        byte[] bytes = b.toBytes();
        assertEquals(b.members(), NearDuplicateBucket.fromBytes(bytes).members());
        assertEquals(2 + 2 + 19 + 8 + 8, bytes.length);
    }
}
