package io.newspipe.streams.near;

import io.newspipe.text.dedup.MinHash;
import io.newspipe.text.dedup.NearDuplicates;
import io.newspipe.text.dedup.OverlapSketch;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NearDuplicateBucketTest {
    private static final long DAY = 86_400_000L;
    private static final NearDuplicates RULE = NearDuplicates.DEFAULTS;
    private static final MinHash MIN_HASH = RULE.minHash();

    private static String story(int from, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            b.append("第").append(i).append("项工作说，社区网格员当天走访了").append(i * 7 % 13).append("户居民家庭。");
        }
        return b.toString();
    }

    private static NearDuplicateBucket.Member member(String id, long time, String body) {
        return new NearDuplicateBucket.Member(id, time, OverlapSketch.of(MIN_HASH.signature(body)), 0);
    }

    @Test
    void anEarlierNearCopyIsTheMatchARelatedStoryIsLinkedAndALaterCopyIsToldLate() {
        NearDuplicateBucket b = NearDuplicateBucket.empty();
        String story = story(0, 30);
        assertNull(b.matchAndAdd(member("a", 100, story), RULE, DAY, 10).duplicateOf());
        NearDuplicateBucket.Matches copy = b.matchAndAdd(member("b", 200, story + "新增一句话。"), RULE, DAY, 10);
        assertEquals("a", copy.duplicateOf().id());
        assertTrue(copy.duplicateOf().similarity() > 0.9);
        // A third of its sentences shared: related to both, a copy of neither.
        NearDuplicateBucket.Matches related = b.matchAndAdd(member("c", 300, story(20, 30)), RULE, DAY, 10);
        assertNull(related.duplicateOf());
        assertEquals(List.of("a", "b"), related.related().stream().map(NearMessages.Match::id).toList());
        // Arriving last but stamped first: the copies already there are told, late, that it came first.
        NearDuplicateBucket.Matches first = b.matchAndAdd(member("z", 50, story), RULE, DAY, 10);
        assertNull(first.duplicateOf());
        assertEquals(List.of("a", "b"), first.later().stream().map(l -> l.match().id()).toList());
    }

    @Test
    void ofTwoEarlierCopiesEquallyCloseTheEarlierIsNamedWhicheverReachedTheBandFirst() {
        String story = story(0, 30);
        for (boolean earlierFirst : new boolean[]{true, false}) {
            NearDuplicateBucket b = NearDuplicateBucket.empty();
            // "z" (time 100) and its exact copy "k" (time 200): the copy is the earlier one's, whatever its id.
            b.matchAndAdd(member(earlierFirst ? "z" : "k", earlierFirst ? 100 : 200, story), RULE, DAY, 10);
            b.matchAndAdd(member(earlierFirst ? "k" : "z", earlierFirst ? 200 : 100, story), RULE, DAY, 10);
            NearMessages.Match m = b.matchAndAdd(member("x", 300, story + "新增一句话。"), RULE, DAY, 10).duplicateOf();
            assertEquals("z", m.id());
            assertEquals(100, m.time());
        }
    }

    @Test
    void theResolversOrderIsCloserThenEarlierThenSmallerId() {
        NearMessages.Match a = new NearMessages.Match("b", 0.8, 100);
        assertTrue(new NearMessages.Match("z", 0.9, 500).closerThan(a));
        assertTrue(new NearMessages.Match("z", 0.8, 50).closerThan(a));
        assertTrue(new NearMessages.Match("a", 0.8, 100).closerThan(a));
        assertTrue(!a.closerThan(a));
        assertTrue(new NearMessages.Match("c", 0.8000000001, 100).closerThan(a) == false,
                "the same similarity as the state stores it (a float) is a tie");
    }

    @Test
    void replaysAreNotAddedTwiceAndTheBoundsHold() {
        NearDuplicateBucket b = NearDuplicateBucket.empty();
        b.matchAndAdd(member("a", 100, "甲"), RULE, DAY, 2);
        b.matchAndAdd(member("a", 100, "甲"), RULE, DAY, 2);
        assertEquals(1, b.members().size());
        b.matchAndAdd(member("b", 200, "乙"), RULE, DAY, 2);
        b.matchAndAdd(member("c", 300, "丙"), RULE, DAY, 2);
        assertEquals(2, b.members().size(), "at most maxMembers");
        assertEquals("b", b.members().get(0).id(), "the oldest went first");
        b.matchAndAdd(member("e", 300 + 2 * DAY, "戊"), RULE, DAY, 10);
        assertEquals(1, b.members().size(), "members older than the retention are dropped");
        assertTrue(b.expire(400 + 3 * DAY));
    }

    @Test
    void bytesRoundTripWithCompactIds() {
        NearDuplicateBucket b = NearDuplicateBucket.empty();
        b.matchAndAdd(member("5b25397bc141a43b-03", 1764000000000L, story(0, 5)), RULE, DAY, 10);
        b.matchAndAdd(member("custom-id", 1764000000001L, story(5, 5)), RULE, DAY, 10);
        b.matchAndAdd(new NearDuplicateBucket.Member("0123456789abcdef-11", 1764000000002L,
                OverlapSketch.of(MIN_HASH.signature(story(9, 5))), 40_000), RULE, DAY, 10);
        b.matchAndAdd(new NearDuplicateBucket.Member("6b25397bc141a43b-04", 1764000000003L,
                OverlapSketch.of(MIN_HASH.signature(story(12, 5))), -1), RULE, DAY, 10);
        byte[] bytes = b.toBytes();
        assertEquals(b.members(), NearDuplicateBucket.fromBytes(bytes).members());
        assertEquals(2 + (1 + 9 + 2 + 8 + 64) + (1 + 2 + 9 + 2 + 8 + 64) + (1 + 9 + 2 + 8 + 64) + (1 + 9 + 8 + 64),
                bytes.length, "84 bytes for an article id with its home, 82 without");
    }

    @Test
    void aBucketWrittenBeforeVerdictsWentHomeReadsWithItsHomesUnknown() throws Exception {
        OverlapSketch sketch = OverlapSketch.of(MIN_HASH.signature(story(0, 5)));
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(buf)) {
            out.writeShort(2);
            out.writeByte(1);
            out.write(java.util.HexFormat.of().parseHex("5b25397bc141a43b"));
            out.writeByte(3);
            out.writeLong(100);
            out.write(sketch.toBytes());
            out.writeByte(0);
            out.writeUTF("custom-id");
            out.writeLong(200);
            out.write(sketch.toBytes());
        }
        List<NearDuplicateBucket.Member> read = NearDuplicateBucket.fromBytes(buf.toByteArray()).members();
        assertEquals(List.of(new NearDuplicateBucket.Member("5b25397bc141a43b-03", 100, sketch, -1),
                new NearDuplicateBucket.Member("custom-id", 200, sketch, -1)), read);
    }

    @Test
    void aLaterCopyIsToldWithTheHomeItWasIndexedWith() {
        NearDuplicateBucket b = NearDuplicateBucket.empty();
        String story = story(0, 30);
        b.matchAndAdd(new NearDuplicateBucket.Member("late", 200, OverlapSketch.of(MIN_HASH.signature(story)), 3),
                RULE, DAY, 10);
        NearDuplicateBucket.Matches first = b.matchAndAdd(member("first", 100, story), RULE, DAY, 10);
        assertEquals(List.of(new NearDuplicateBucket.Later(new NearMessages.Match("late", 1.0, 200), 3)),
                first.later());
    }
}
